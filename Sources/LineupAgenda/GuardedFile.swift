import Foundation
import LineupFiles
import LineupModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small JSON file of the user's (bookmarks, friends' picks) read without side effects and
/// changed only under a lock, with an atomic save; the rules `BookmarkStore` documents:
///
/// - a change holds an flock on `lockPath` for its whole read-modify-write;
/// - saves go through `AtomicFile` (temporary file, fsync, rename, directory fsync);
/// - reading never creates, moves or locks anything;
/// - a file that does not parse is never overwritten: a change renames it to
///   "<file>.corrupt-<UTC time>" first; reading only reports it;
/// - only a regular file (or a link to one) of at most `sizeLimit` bytes is read: a device,
///   pipe or directory at the path is refused before anything is read, locked or created.
struct GuardedFile: Sendable {
    /// What decoding a file's bytes found.
    enum Decoded<Value> {
        case value(Value)
        /// Not a file of this kind that this code can read; `reason` says why.
        case unreadable(reason: String)
    }

    /// What the file had to go through on the way, for the caller to report.
    enum Recovery: Hashable, Sendable {
        /// Reading found a file that does not parse (left as it is).
        case unreadable(reason: String)
        /// A change found a file that did not parse and renamed it to `movedTo`.
        case movedAside(movedTo: String, reason: String)
    }

    let path: String
    let sizeLimit: Int
    let now: @Sendable () -> Date
    let beforeRename: (@Sendable (String) throws -> Void)?

    /// The lock file beside the file (beside a symbolic link's destination, so every path to
    /// the same file shares one lock).
    var lockPath: String { filePath + ".lock" }

    /// `path`, or the destination when it is a symbolic link: the file that is read, replaced
    /// and moved aside (the link itself is kept).
    var filePath: String { AtomicFile.resolvingSymbolicLink(path) }

    /// The file's value (`empty` when there is no file or it does not parse, with a recovery
    /// saying so) and its stamp. Creates, moves and locks nothing. `decode` throws for a file
    /// that must be left alone (a newer schema).
    func read<Value>(empty: Value, decode: ([UInt8]) throws -> Decoded<Value>) throws
        -> (value: Value, recovery: Recovery?, stamp: FileStamp?)
    {
        guard let (bytes, stamp) = try FileContents.readRegularFile(filePath, naming: path, limit: sizeLimit) else {
            return (empty, nil, nil)
        }
        switch try decode(bytes) {
        case .value(let value): return (value, nil, stamp)
        case .unreadable(let reason): return (empty, .unreadable(reason: reason), stamp)
        }
    }

    /// Reads, applies `change`, saves when it changed something (or a corrupt file was moved
    /// aside): all under the lock. Returns the value after the change.
    func modify<Value: Equatable>(
        empty: Value, decode: ([UInt8]) throws -> Decoded<Value>, encode: (Value) -> [UInt8],
        change: (inout Value) throws -> Void
    ) throws -> (value: Value, recovery: Recovery?, stamp: FileStamp?) {
        // Before the lock file or the directory is created: nothing beside a device.
        if let kind = try FileKind.of(filePath).nonRegularDescription {
            throw FileError.notARegularFile(path: path, kind: kind)
        }
        try createDirectory(parentDirectory(of: path))
        return try FileLock.withLock(lockPath) {
            var recovery: Recovery?
            var before = empty
            if let (bytes, _) = try FileContents.readRegularFile(filePath, naming: path, limit: sizeLimit) {
                switch try decode(bytes) {
                case .value(let value):
                    before = value
                case .unreadable(let reason):
                    recovery = .movedAside(movedTo: try moveAside(), reason: reason)
                }
            }
            var after = before
            try change(&after)
            if after != before || recovery != nil {
                removeLeftoverTemporaryFiles()
                try AtomicFile.write(encode(after), to: path, beforeRename: beforeRename)
            }
            return (after, recovery, FileStamp(path: path))
        }
    }

    /// Renames the file to "<path>.corrupt-20240501T093000Z" (with "-2", "-3"… when taken).
    private func moveAside() throws -> String {
        let time = ISOInstant.format(now()).filter { $0 != "-" && $0 != ":" }
        let file = filePath
        var candidate = "\(file).corrupt-\(time)"
        var attempt = 1
        while FileManager.default.fileExists(atPath: candidate) {
            attempt += 1
            candidate = "\(file).corrupt-\(time)-\(attempt)"
        }
        guard rename(file, candidate) == 0 else {
            throw FileError.cannotMoveAside(path: path, reason: systemErrorMessage())
        }
        return candidate
    }

    /// Temporary files of writers killed before their rename. Every writer holds the lock from
    /// creating its temporary file to renaming it, so under the lock any such file is stale.
    private func removeLeftoverTemporaryFiles() {
        let prefix = AtomicFile.temporaryPrefix(for: path)
        let directory = parentDirectory(of: prefix)
        let namePrefix = String(prefix.dropFirst(directory.count + (directory.hasSuffix("/") ? 0 : 1)))
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(namePrefix) {
            unlink(joinPath(directory, name))
        }
    }

    private func createDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        guard !(FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FileError.cannotWrite(path: path, reason: "cannot create the directory \(directory)")
        }
    }
}

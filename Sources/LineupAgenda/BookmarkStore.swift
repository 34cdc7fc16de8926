import LineupFiles
import Foundation
import LineupModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bookmark file: every change saved at once, never lost to a crash or a second process.
///
/// - Each operation holds an flock on `lockPath` (the file's path plus ".lock") for its whole
///   read-modify-write, so two processes (the browser and the CLI, two shells) or two store
///   values on two threads never lose each other's changes: each sees what the other saved.
/// - Saves go through `AtomicFile` (temporary file, fsync, rename, directory fsync): a process
///   killed at any instant leaves the previous good file or the new one.
/// - Reading (`load`, `stamp`) never creates, moves or locks anything, so it works in a
///   directory the user cannot write. Only changes take the lock (and create the lock file).
/// - A file that does not parse is never overwritten: a change renames it to
///   "bookmarks.json.corrupt-<UTC time>" first and reports the move in `BookmarkSet.notices`;
///   `load` only reports it. A file from a newer schema version is left alone and every
///   operation throws.
/// - Only a regular file (or a link to one) of at most `sizeLimit` bytes is a bookmark file: a
///   device, pipe or directory at the path is refused before anything is read, locked or
///   created (no lock file beside a device).
/// - The store knows nothing of the loaded schedule: a bookmark whose item is gone stays in
///   the file (`Agenda` reports it as missing).
///
/// Operations cost one small file read (and write); call them on every toggle. Use `stamp()`
/// to notice outside changes cheaply. Errors are `FileError`s naming the file.
public struct BookmarkStore: Sendable {
    /// 64 MiB: thousands of times any real bookmark file, small enough to read at once.
    public static let sizeLimit = 64 << 20

    public let path: String
    private let now: @Sendable () -> Date
    private let beforeRename: (@Sendable (String) throws -> Void)?

    /// - Parameters:
    ///   - now: the clock for `Bookmark.added` and corrupt-file names (tests fix it).
    ///   - beforeRename: passed to `AtomicFile.write` on every save; a seam for crash tests.
    public init(
        path: String, now: @escaping @Sendable () -> Date = { Date() },
        beforeRename: (@Sendable (String) throws -> Void)? = nil
    ) {
        self.path = path
        self.now = now
        self.beforeRename = beforeRename
    }

    /// The lock file beside the bookmark file (beside a symbolic link's destination, so every
    /// path to the same file shares one lock).
    public var lockPath: String { filePath + ".lock" }

    /// `path`, or the destination when it is a symbolic link: the file that is read, replaced
    /// and moved aside (the link itself is kept).
    private var filePath: String { AtomicFile.resolvingSymbolicLink(path) }

    /// The bookmarks now in the file; empty when there is no file. Creates, moves and locks
    /// nothing: a file that does not parse reads as empty with an `.unreadableFile` notice.
    public func load() throws -> BookmarkSet {
        guard let (bytes, stamp) = try FileContents.readRegularFile(filePath, naming: path, limit: Self.sizeLimit) else {
            return .empty
        }
        switch try decode(bytes) {
        case .success(let bookmarks):
            return BookmarkSet(bookmarks: bookmarks, stamp: stamp)
        case .failure(let unreadable):
            return BookmarkSet(notices: [.unreadableFile(path: path, reason: unreadable.reason)], stamp: stamp)
        }
    }

    /// Bookmarks `talks`. A talk already bookmarked keeps its `added` time and note (unless
    /// `note` is given; an empty or blank `note` clears it) and gets its current title and
    /// start. New ones go at the end.
    @discardableResult
    public func add(_ talks: [Talk], note: String? = nil) throws -> BookmarkSet {
        try modify { bookmarks in
            let date = now()
            for talk in talks {
                if let index = bookmarks.firstIndex(where: { $0.id == talk.id }) {
                    bookmarks[index].title = talk.title
                    bookmarks[index].start = talk.start
                    if let note { bookmarks[index].note = note }
                } else {
                    bookmarks.append(Bookmark(talk: talk, added: date, note: note))
                }
            }
        }
    }

    /// Removes these ids; ids not bookmarked are ignored.
    @discardableResult
    public func remove(_ ids: [TalkID]) throws -> BookmarkSet {
        let removed = Set(ids)
        return try modify { bookmarks in bookmarks.removeAll { removed.contains($0.id) } }
    }

    /// Adds the talk if it is not bookmarked, removes it if it is, in one locked step (so the
    /// result is right even when another process changed the file since the caller looked).
    public func toggle(_ talk: Talk) throws -> (set: BookmarkSet, isBookmarked: Bool) {
        var isBookmarked = false
        let set = try modify { bookmarks in
            if let index = bookmarks.firstIndex(where: { $0.id == talk.id }) {
                bookmarks.remove(at: index)
            } else {
                bookmarks.append(Bookmark(talk: talk, added: now()))
                isBookmarked = true
            }
        }
        return (set, isBookmarked)
    }

    /// Sets or clears (nil or empty) the note of a bookmark; an id not bookmarked is ignored.
    @discardableResult
    public func setNote(_ note: String?, for id: TalkID) throws -> BookmarkSet {
        try modify { bookmarks in
            guard let index = bookmarks.firstIndex(where: { $0.id == id }) else { return }
            bookmarks[index].note = note
        }
    }

    /// Puts `bookmark` back as it was (title, start, date added, note), replacing the bookmark
    /// of its id if there is one: undoing a removal or a note change. A bookmark that is gone
    /// goes back before `next` (the one that followed it) when that is still there, else by
    /// its date added.
    @discardableResult
    public func restore(_ bookmark: Bookmark, before next: TalkID? = nil) throws -> BookmarkSet {
        try modify { bookmarks in
            if let index = bookmarks.firstIndex(where: { $0.id == bookmark.id }) {
                bookmarks[index] = bookmark
            } else {
                let index = next.flatMap { id in bookmarks.firstIndex { $0.id == id } }
                    ?? bookmarks.firstIndex { $0.added > bookmark.added } ?? bookmarks.endIndex
                bookmarks.insert(bookmark, at: index)
            }
        }
    }

    /// Moves bookmarks to the items' ids after a schedule update (`ScheduleChanges.renamedIDs`:
    /// old id -> new id, for items of formats without source ids whose derived id changed when
    /// they moved), keeping their date added and note. A bookmark whose new id is already
    /// bookmarked stays as it is. Saves only when a bookmark moved.
    @discardableResult
    public func follow(renamedIDs: [TalkID: TalkID]) throws -> BookmarkSet {
        guard !renamedIDs.isEmpty else { return try load() }
        return try modify { bookmarks in
            let present = Set(bookmarks.map(\.id))
            for index in bookmarks.indices {
                guard let new = renamedIDs[bookmarks[index].id], !present.contains(new) else { continue }
                bookmarks[index].id = new
            }
        }
    }

    /// The file's stamp now (one `stat`), nil when there is no file. Differs from a set's
    /// `stamp` exactly when the file was saved or replaced since that set was read.
    public func stamp() -> FileStamp? { FileStamp(path: path) }

    // MARK: Locked steps

    /// Reads, applies `change`, saves when it changed something: all under the lock.
    private func modify(_ change: (inout [Bookmark]) -> Void) throws -> BookmarkSet {
        // Before the lock file or the directory is created: nothing beside a device.
        if let kind = try FileKind.of(filePath).nonRegularDescription {
            throw FileError.notARegularFile(path: path, kind: kind)
        }
        try createDirectory(parentDirectory(of: path))
        return try FileLock.withLock(lockPath) {
            var notices: [BookmarkNotice] = []
            let before = try readLocked(notices: &notices)
            var after = before
            change(&after)
            if after != before || !notices.isEmpty {
                removeLeftoverTemporaryFiles()
                try AtomicFile.write(BookmarkFile.encode(after), to: path, beforeRename: beforeRename)
            }
            return BookmarkSet(bookmarks: after, notices: notices, stamp: stamp())
        }
    }

    /// The file's bookmarks; a file that does not parse is moved aside (and noted) and reads
    /// as empty. Call only holding the lock.
    private func readLocked(notices: inout [BookmarkNotice]) throws -> [Bookmark] {
        guard let (bytes, _) = try FileContents.readRegularFile(filePath, naming: path, limit: Self.sizeLimit) else {
            return []
        }
        switch try decode(bytes) {
        case .success(let bookmarks):
            return bookmarks
        case .failure(let unreadable):
            let aside = try moveAside(reason: unreadable.reason)
            notices.append(.movedAsideCorruptFile(path: path, movedTo: aside, reason: unreadable.reason))
            return []
        }
    }

    /// Why a file's bytes are no bookmarks this code can read.
    private struct Unreadable: Error {
        var reason: String
    }

    /// The bookmarks in `bytes`, or why they do not parse; a newer schema throws.
    private func decode(_ bytes: [UInt8]) throws -> Result<[Bookmark], Unreadable> {
        switch BookmarkFile.decode(bytes) {
        case .bookmarks(let bookmarks):
            return .success(bookmarks)
        case .newerVersion(let version):
            throw FileError.newerSchema(path: path, version: version, supported: BookmarkFile.version)
        case .corrupt(let reason):
            return .failure(Unreadable(reason: reason))
        }
    }

    /// Renames the file to "<path>.corrupt-20240501T093000Z" (with "-2", "-3"… when taken).
    private func moveAside(reason: String) throws -> String {
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
        guard !directoryExists(directory) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FileError.cannotWrite(path: path, reason: "cannot create the directory \(directory)")
        }
    }

    private func directoryExists(_ directory: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

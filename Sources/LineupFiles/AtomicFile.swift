#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents so that readers, and the file left after a crash or power loss,
/// hold either the old bytes or the new ones, never a mix or an empty file.
///
/// The steps: create a temporary file beside the target (same directory, so the rename stays
/// on one file system), write everything, fsync it, rename it over the target, fsync the
/// directory so the rename itself is durable. A symbolic link at `path` is followed: its
/// destination is replaced and the link kept. Only a regular file is ever replaced: a device,
/// pipe, socket or directory at `path` is refused (`FileError.notARegularFile`) before
/// anything is created (`OutputFile` writes devices and pipes in place). A replaced file keeps its permission bits; a
/// new one gets 0666 less the umask.
///
/// Not a lock: concurrent writers need one around the read-modify-write (see `FileLock`).
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically. Throws a `FileError` naming `path`; on failure the
    /// temporary file is removed and the target is as it was.
    ///
    /// - Parameter beforeRename: called with the temporary file's path once it is complete
    ///   and synced, just before the rename. A seam for crash tests (a process can be killed
    ///   there); an error it throws aborts the write like any other.
    public static func write(
        _ bytes: some Collection<UInt8>, to path: String,
        beforeRename: ((String) throws -> Void)? = nil
    ) throws {
        if let kind = try FileKind.of(path).nonRegularDescription {
            throw FileError.notARegularFile(path: path, kind: kind)
        }
        let target = resolvingSymbolicLink(path)
        let directory = parentDirectory(of: target)
        let temporary = temporaryPath(for: target)
        var existing = stat()
        let mode: mode_t = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileError.cannotWrite(path: path, reason: systemErrorMessage()) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(fd) }
            if existing.st_mode != 0 { fchmod(fd, mode) }  // open() applied the umask
            try FileDescriptor.writeAll(bytes, to: fd, path: path)
            guard fsync(fd) == 0 else { throw FileError.cannotWrite(path: path, reason: systemErrorMessage()) }
        }
        try beforeRename?(temporary)
        guard rename(temporary, target) == 0 else {
            throw FileError.cannotWrite(path: path, reason: systemErrorMessage())
        }
        renamed = true
        syncDirectory(directory)
    }

    /// The prefix of every temporary file made for `path`: ".bookmarks.json.tmp-". Writers
    /// holding the file's lock may delete leftovers with this prefix (a writer killed between
    /// creating and renaming its temporary file leaves one).
    public static func temporaryPrefix(for path: String) -> String {
        let target = resolvingSymbolicLink(path)
        let directory = parentDirectory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        return joinPath(directory, ".\(name).tmp-")
    }

    package static func temporaryPath(for target: String) -> String {
        temporaryPrefix(for: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Makes the rename durable. Failure here is not reported: the new contents are complete
    /// and visible, and some file systems refuse fsync on directories.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The file a chain of symbolic links at `path` ends at, even when it does not exist yet
    /// (a dangling link), or `path` when it is no link. Writing through the link this way
    /// keeps the link (`rename` onto it would replace the link itself).
    package static func resolvingSymbolicLink(_ path: String) -> String {
        var current = path
        for _ in 0..<16 {  // more would be a loop
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : joinPath(parentDirectory(of: current), destination)
        }
        return current
    }
}

/// "a/b/c.json" -> "a/b"; "c.json" -> "."; "/c.json" -> "/".
package func parentDirectory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

package func joinPath(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
}

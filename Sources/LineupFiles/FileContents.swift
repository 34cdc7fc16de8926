#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

package enum FileContents {
    /// The whole regular file at `path` (a symbolic link is followed) and its stamp, or nil
    /// when there is no file. The stamp comes from the descriptor that was read, so the two
    /// agree even when a writer renames a new file into place meanwhile: reading needs no lock.
    ///
    /// Never opens what is not a regular file (a pipe would block, a device may never end):
    /// throws `FileError.notARegularFile`; past `limit` bytes `FileError.tooLarge`; anything
    /// else (no permission, an I/O error) `FileError.cannotRead`. Errors name `name`.
    package static func readRegularFile(_ path: String, naming name: String, limit: Int) throws -> (bytes: [UInt8], stamp: FileStamp)? {
        switch try FileKind.of(path) {
        case .missing: return nil
        case .regularFile: break
        case .stream(let kind), .other(let kind): throw FileError.notARegularFile(path: name, kind: kind)
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileError.cannotRead(path: name, reason: systemErrorMessage())
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError.cannotRead(path: name, reason: systemErrorMessage()) }
        let kind = FileKind(mode: info.st_mode)
        // Replaced by something else between the look and the open.
        if let other = kind.nonRegularDescription { throw FileError.notARegularFile(path: name, kind: other) }
        guard info.st_size <= limit else { throw FileError.tooLarge(path: name, limit: limit) }
        return (try FileDescriptor.readAll(fd, path: name, limit: limit), FileStamp(info))
    }
}

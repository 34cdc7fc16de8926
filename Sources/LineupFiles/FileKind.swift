#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names once symbolic links are followed, as writers need to know it: only a
/// regular file (or nothing) may be replaced by a rename.
package enum FileKind: Equatable {
    case missing
    case regularFile
    /// A pipe or a character device ("a pipe", "a character device"): written in place by
    /// outputs, never replaced, never read as a bookmark file.
    case stream(String)
    /// A directory, a socket or a block device ("a directory").
    case other(String)

    /// The kind of `path`. Throws `FileError.cannotRead` naming `path` when it cannot be told
    /// (a loop of links, no permission to look).
    package static func of(_ path: String) throws -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // ENOTDIR: a directory on the way is a file, so nothing is at `path`.
            if errno == ENOENT || errno == ENOTDIR { return .missing }
            throw FileError.cannotRead(path: path, reason: errno == ELOOP ? "a loop of symbolic links" : systemErrorMessage())
        }
        return FileKind(mode: info.st_mode)
    }

    package init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFIFO: self = .stream("a pipe")
        case S_IFCHR: self = .stream("a character device")
        case S_IFDIR: self = .other("a directory")
        case S_IFSOCK: self = .other("a socket")
        case S_IFBLK: self = .other("a block device")
        default: self = .other("not a regular file")
        }
    }

    /// "a pipe", "a directory"; nil for a regular file or nothing.
    package var nonRegularDescription: String? {
        switch self {
        case .missing, .regularFile: return nil
        case .stream(let kind), .other(let kind): return kind
        }
    }
}

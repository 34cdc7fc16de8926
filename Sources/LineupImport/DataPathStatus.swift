import Foundation

/// What a data path names once symbolic links are followed, as the loader needs to know it.
///
/// A link is followed to its end, so a link to a page is read like the page. A chain that
/// ends nowhere (a dangling link) or goes round (a loop) is reported by name.
struct DataPathStatus {
    enum Kind: Equatable {
        case regularFile
        case directory
        /// A FIFO, a character device or `/dev/stdin`: read to its end, never sized first.
        case stream
        /// A socket or a block device: never read.
        case unsupported
    }

    /// The path "-" means standard input.
    static let standardInput = "-"

    var kind: Kind
    /// The size in bytes; 0 for streams.
    var size: Int
    /// Device and inode, to notice a directory reached twice (through a link back up).
    var identity: FileIdentity

    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The status of `path`, following symbolic links. Throws an `ImportError` naming `path`
    /// when it cannot be told: missing, a dangling link, a loop, no permission.
    static func of(_ path: String) throws(ImportError) -> DataPathStatus {
        var info = stat()
        let result = path == standardInput ? fstat(STDIN_FILENO, &info) : stat(path, &info)
        guard result == 0 else { throw ImportError(file: path, reason(errno, path)) }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .directory
        case S_IFIFO, S_IFCHR: kind = .stream
        default: kind = .unsupported
        }
        return DataPathStatus(kind: kind, size: kind == .regularFile ? Int(info.st_size) : 0,
                              identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    /// Why `stat` failed with `code`: a missing file is told apart from a link to one.
    private static func reason(_ code: Int32, _ path: String) -> ImportError.Reason {
        switch code {
        case ELOOP: return .symbolicLinkLoop
        case ENOENT:
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return .danglingSymbolicLink }
            return .unreadable("no such file or directory")
        case EACCES: return .unreadable("permission denied")
        default: return .unreadable(String(cString: strerror(code)))
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file the user named as an output (`lineup export --output`, `lineup import
/// --output`, the browser's export), so that nothing the user keeps is lost by it.
///
/// What `path` names decides what happens:
/// - nothing, or a regular file (a symbolic link is followed): the bytes are written to a
///   temporary file that is renamed into place (`AtomicFile`). An existing file is replaced
///   only when the caller says so (`--force`, or the user agreed in the browser);
/// - a character device or a pipe (`/dev/stdout`, `/dev/null`, a named pipe, `/dev/fd/3`):
///   written in place, never replaced;
/// - a directory, a socket or a block device: refused;
/// - one of `protected` (the bookmark file, a loaded data file), by any path leading to it:
///   refused, even when replacing is allowed.
///
/// Every failure is a `FileError` naming `path`; nothing is written then.
public enum OutputFile {
    /// Writes `bytes` to `path` as described above.
    ///
    /// - Parameters:
    ///   - replacingExisting: whether an existing regular file may be replaced.
    ///   - protected: files never to replace.
    ///   - beforeRename: passed to `AtomicFile.write` (a seam for crash tests).
    public static func write(
        _ bytes: some Collection<UInt8>, to path: String, replacingExisting: Bool,
        protecting protected: [ProtectedFile] = [], beforeRename: ((String) throws -> Void)? = nil
    ) throws {
        if let descriptor = standardDescriptor(path) {
            try FileDescriptor.writeAll(bytes, to: descriptor,
                                        path: descriptor == STDOUT_FILENO ? "standard output" : "standard error")
            return
        }
        if let file = protected.first(where: { $0.isSameFile(as: path) }) {
            throw FileError.protected(path: path, role: file.role.description)
        }
        switch try FileKind.of(path) {
        case .missing:
            try AtomicFile.write(bytes, to: path, beforeRename: beforeRename)
        case .regularFile:
            guard replacingExisting else { throw FileError.alreadyExists(path: path) }
            try AtomicFile.write(bytes, to: path, beforeRename: beforeRename)
        case .stream:
            try writeInPlace(bytes, to: path)
        case .other(let kind):
            throw FileError.notARegularFile(path: path, kind: kind)
        }
    }

    /// True when writing `path` would replace a file the user has (a regular file, or a link
    /// to one): the browser asks before it does that.
    public static func wouldReplace(_ path: String) -> Bool {
        standardDescriptor(path) == nil && (try? FileKind.of(path)) == .regularFile
    }

    /// True for the paths that name this process's standard output ("-", /dev/stdout,
    /// /dev/fd/1): callers print there as they print without a path (sanitized on a terminal).
    public static func isStandardOutput(_ path: String) -> Bool {
        standardDescriptor(path) == STDOUT_FILENO
    }

    /// "-", /dev/stdout and /dev/stderr (and /dev/fd/1, /dev/fd/2) are this process's own
    /// streams: written through the descriptor it has, at its offset, however it was opened
    /// (`>>` appends).
    package static func standardDescriptor(_ path: String) -> Int32? {
        switch path {
        case "-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1": return STDOUT_FILENO
        case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2": return STDERR_FILENO
        default: return nil
        }
    }

    private static func writeInPlace(_ bytes: some Collection<UInt8>, to path: String) throws {
        // No O_CREAT: the device or pipe is there (a race that removed it must not create a file).
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.cannotWrite(path: path, reason: systemErrorMessage()) }
        defer { close(fd) }
        try FileDescriptor.writeAll(bytes, to: fd, path: path)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a lock file, for read-modify-write cycles that other
/// processes must not interleave with.
///
/// flock belongs to an open file description, so two `withLock` calls exclude each other even
/// in one process (each opens the file anew): threads, store instances and processes all
/// queue up alike. The lock file is created on first use and never deleted (deleting it would
/// let a waiter lock an unlinked file while a newcomer locks a fresh one). The lock is released
/// when the descriptor is closed, including when the process dies.
package enum FileLock {
    /// Runs `body` holding the lock on `lockPath`, waiting as long as another holder keeps it.
    /// Only writers lock: every save renames a complete file into place, so a reader sees the
    /// old file or the new one without a lock (and needs no lock file).
    package static func withLock<T>(_ lockPath: String, _ body: () throws -> T) throws -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileError.cannotLock(path: lockPath, reason: systemErrorMessage()) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw FileError.cannotLock(path: lockPath, reason: systemErrorMessage())
            }
        }
        return try body()
    }
}

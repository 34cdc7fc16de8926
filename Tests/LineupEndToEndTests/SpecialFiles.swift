import Foundation
import XCTest

/// Devices, pipes and read-only directories for the write-safety tests (issue 11, rules 1-4),
/// all made in a scratch directory: a device node is made with mknod there, never in /dev.
enum SpecialFiles {
    /// Makes a character device node at `path` with the numbers of /dev/null (minor 3) or
    /// /dev/full (minor 7). Skips the test, saying why, when this process may not (not root,
    /// or a container without the mknod capability).
    static func makeCharacterDevice(_ path: String, minor: UInt32) throws {
        guard getuid() == 0 else { throw XCTSkip("making a device node with mknod needs root") }
        guard mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | minor)) == 0 else {
            throw XCTSkip("mknod is not allowed here (\(String(cString: strerror(errno))))")
        }
    }

    static func makeFIFO(_ path: String) throws {
        guard mkfifo(path, 0o666) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "mkfifo \(path) failed"])
        }
    }

    /// "character device", "FIFO", "regular file", nil when nothing is there. Does not follow links.
    static func kind(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFCHR: return "character device"
        case S_IFIFO: return "FIFO"
        case S_IFREG: return "regular file"
        case S_IFLNK: return "symbolic link"
        default: return "other"
        }
    }

    /// Reads everything written to the FIFO at `path` on a background thread.
    final class FIFOReader: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ path: String) {
            Thread.detachNewThread { [self] in
                if let handle = FileHandle(forReadingAtPath: path) {
                    let data = handle.readDataToEndOfFile()
                    lock.withLock { bytes = data }
                }
                done.signal()
            }
        }

        /// What came through, once the writer closed its end (nil after `timeout` seconds).
        func received(timeout: TimeInterval = 10) -> String? {
            guard done.wait(timeout: .now() + timeout) == .success else { return nil }
            return lock.withLock { String(decoding: bytes, as: UTF8.self) }
        }
    }

    /// The command that runs `program` as `nobody` (through setpriv) when this process is
    /// root, so that a directory can be unwritable for it; `program` alone otherwise. Skips
    /// the test when root has no setpriv.
    static func unprivileged(_ program: String) throws -> [String] {
        guard getuid() == 0 else { return [program] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else {
            throw XCTSkip("running as root without /usr/bin/setpriv to drop privileges")
        }
        // HOME as that user's own (its passwd entry's), as a login would set it: root's HOME
        // is unreadable to it, and Lineup looks for its files under $HOME.
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/env", "HOME=/nonexistent", program]
    }
}

/// `lineup arguments...` on the seeds, killed (and the test failed) after `deadline` seconds:
/// for runs that would hang on a pipe before the fix.
func lineupWithin(_ deadline: TimeInterval, _ arguments: [String], environment: [String: String] = [:],
                  program: [String]? = nil) throws -> LineupBinary.Result {
    guard let binary = LineupBinary.path else { throw LineupBinary.NotBuilt() }
    let command = program ?? [binary]
    let started = Date()
    let running = try RunningProgram(command[0], Array(command.dropFirst()) + arguments
        + ["--data", LineupBinary.dataDirectory, "--reference-year", "2026"],
        environment: ["LINEUP_BOOKMARKS": "", "LINEUP_DATA": ""].merging(environment) { $1 })
    while running.process.isRunning && Date().timeIntervalSince(started) < deadline {
        Thread.sleep(forTimeInterval: 0.01)
    }
    let overran = running.process.isRunning
    if overran { running.kill() }
    XCTAssertFalse(overran, "lineup \(arguments.joined(separator: " ")) ran longer than \(deadline) s")
    return running.finish()
}

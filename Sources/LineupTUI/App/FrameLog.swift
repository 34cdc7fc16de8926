import Foundation

/// When LINEUP_FRAME_LOG names a file, the loop appends one line per frame: how many events it
/// handled, and the milliseconds spent searching and drawing (wall clock, and the main
/// thread's processor time). For measuring responsiveness
/// on large schedules; off (and free) otherwise.
///
/// The file is opened in place (a pipe or device stays what it is, a regular file is emptied),
/// and a line that cannot be written is dropped: measuring never stops the browser.
final class FrameLog {
    private let descriptor: Int32
    private var mark = DispatchTime.now()

    init?(path: String?) {
        guard let path, !path.isEmpty else { return nil }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Milliseconds since the last call (or since the log was opened).
    func lap() -> Double {
        let now = DispatchTime.now()
        defer { mark = now }
        return Double(now.uptimeNanoseconds - mark.uptimeNanoseconds) / 1_000_000
    }

    /// Milliseconds of processor time the calling thread used since the last call: what a
    /// frame cost, apart from the time other processes had the processor (a loaded machine
    /// stretches `lap`, not this).
    func processorLap() -> Double {
        let now = Self.threadProcessorNanoseconds()
        defer { processorMark = now }
        return Double(now &- processorMark) / 1_000_000
    }

    private var processorMark = FrameLog.threadProcessorNanoseconds()

    private static func threadProcessorNanoseconds() -> UInt64 {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    func write(_ fields: [(String, Any)]) {
        let line = fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ") + "\n"
        _ = line.withCString { Foundation.write(descriptor, $0, strlen($0)) }
    }

    static func milliseconds(_ value: Double) -> String { String(format: "%.3f", value) }
}

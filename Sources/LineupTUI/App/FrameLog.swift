import Foundation

/// When LINEUP_FRAME_LOG names a file, the loop appends one line per frame: how many events it
/// handled, and the milliseconds spent searching and drawing. For measuring responsiveness
/// on large schedules; off (and free) otherwise.
final class FrameLog {
    private let handle: FileHandle
    private var mark = DispatchTime.now()

    init?(path: String?) {
        guard let path, !path.isEmpty,
              FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// Milliseconds since the last call (or since the log was opened).
    func lap() -> Double {
        let now = DispatchTime.now()
        defer { mark = now }
        return Double(now.uptimeNanoseconds - mark.uptimeNanoseconds) / 1_000_000
    }

    func write(_ fields: [(String, Any)]) {
        let line = fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ") + "\n"
        handle.write(Data(line.utf8))
    }

    static func milliseconds(_ value: Double) -> String { String(format: "%.3f", value) }
}

import Foundation

/// The tests' schedule server (Tests/Support/schedule_server.py) running on 127.0.0.1 on a
/// free port, in a state directory of its own; stopped when released or by `stop()`.
///
/// `serve(_:)` switches the file `/schedule` serves; `requests()` is what the server saw, one
/// line per request ("GET /schedule If-None-Match If-Modified-Since User-Agent").
public final class ScheduleServer: @unchecked Sendable {
    public let port: Int
    public let stateDirectory: String
    private let process: Process

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The package's root directory, found from this file's place in it.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Starts the server serving `file` at /schedule.
    public init(serving file: String) throws {
        stateDirectory = NSTemporaryDirectory() + "lineup-server-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
        try file.write(toFile: stateDirectory + "/current", atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: stateDirectory + "/requests.log", contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.packageRoot.appendingPathComponent("Tests/Support/schedule_server.py").path,
                             stateDirectory]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line: [UInt8] = []
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 0x0A {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw Failure(description: "the schedule server did not start (python3 missing?)")
        }
        self.port = port
    }

    deinit { stop() }

    public func stop() {
        // SIGKILL: a process started from a Dispatch worker thread inherits its blocked
        // signals, SIGTERM among them, so terminate() may never end it.
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// "http://127.0.0.1:PORT" + `path`.
    public func url(_ path: String = "/schedule") -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// Serves `file` at /schedule from now on.
    public func serve(_ file: String) throws {
        try file.write(toFile: stateDirectory + "/current", atomically: true, encoding: .utf8)
    }

    /// The requests so far, one line each.
    public func requests() -> [String] {
        let text = (try? String(contentsOfFile: stateDirectory + "/requests.log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }
}

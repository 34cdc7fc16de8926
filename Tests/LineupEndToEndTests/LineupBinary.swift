import Foundation

/// Runs the built `lineup` executable, found in the build products directory beside the test
/// bundle (`swift build --build-tests` and `swift test` build it).
enum LineupBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path

    /// The executable, or nil when it has not been built.
    static let path: String? = {
        var directories: [URL] = Bundle.allBundles
            .filter { $0.bundlePath.hasSuffix(".xctest") }
            .map { $0.bundleURL.deletingLastPathComponent() }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(executable.deletingLastPathComponent())
        }
        return directories.map { $0.appendingPathComponent("lineup").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "the lineup executable is not built beside the test bundle; run swift build first" }
    }

    /// Runs `lineup arguments...` with `environment` added to this process's (LINEUP_DATA
    /// removed unless given; XDG_CONFIG_HOME a folder without a config file unless given, so
    /// the user's own config file never changes a test), capturing both streams through files so large output cannot
    /// block on a full pipe.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        guard let path else { throw NotBuilt() }
        let scratch = NSTemporaryDirectory() + "lineup-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let outPath = scratch + "/stdout", errPath = scratch + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "LINEUP_DATA")
        env["XDG_CONFIG_HOME"] = scratch + "/no-config"
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                      stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// `run` with `--data` pointing at the shipped Data/.
    static func runOnSeeds(_ arguments: [String]) throws -> Result {
        try run(arguments + ["--data", dataDirectory, "--reference-year", "2026"])
    }
}

/// A scratch directory for one test, removed afterwards.
final class Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "lineup-e2e-files-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}

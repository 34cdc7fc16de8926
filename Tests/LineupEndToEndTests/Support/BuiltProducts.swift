import Foundation

/// Where the package's sources and built binaries are, seen from the test bundle.
enum BuiltProducts {
    /// The package root (this file is Tests/LineupEndToEndTests/Support/BuiltProducts.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `lineup` binary built beside the test bundle (`swift build` builds it with the tests).
    static func lineup() throws -> URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for directory in candidates {
            let url = directory.appendingPathComponent("lineup")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw TmuxSession.Failure(description: "no built lineup binary next to the tests; run `swift build` first")
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lineup-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

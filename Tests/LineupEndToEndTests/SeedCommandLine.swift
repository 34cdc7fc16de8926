import Foundation
import XCTest

/// `lineup ARGUMENTS` on the shipped seeds (`LineupBinary.runOnSeeds`) with `environment`
/// added; LINEUP_BOOKMARKS is cleared unless given, so a developer's own bookmark file is
/// never touched.
func lineup(_ arguments: [String], environment: [String: String] = [:]) throws -> LineupBinary.Result {
    try LineupBinary.run(arguments + ["--data", LineupBinary.dataDirectory, "--reference-year", "2026"],
                         environment: ["LINEUP_BOOKMARKS": ""].merging(environment) { $1 })
}

extension LineupBinary {
    /// Starts `lineup ARGUMENTS` on the seeds without waiting, for tests that act on the
    /// process while it runs (kill it at the crash-test seam).
    static func startOnSeeds(_ arguments: [String], environment: [String: String]) throws -> RunningProgram {
        guard let path else { throw NotBuilt() }
        return try RunningProgram(path, arguments + ["--data", dataDirectory, "--reference-year", "2026"],
                                  environment: ["LINEUP_BOOKMARKS": ""].merging(environment) { $1 })
    }
}

/// The items `lineup list --json` prints for the shipped data, in schedule order.
func seedItems() throws -> [(id: String, title: String, start: String?)] {
    let result = try lineup(["list", "--json"])
    let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    guard result.status == 0, let items else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "lineup list --json failed: \(result.stderr)"])
    }
    return items.compactMap { item in
        guard let id = item["id"] as? String, let title = item["title"] as? String else { return nil }
        return (id, title, item["start"] as? String)
    }
}

extension XCTestCase {
    /// A `Scratch` directory kept until the test ends.
    func scratchDirectory() throws -> String {
        let scratch = try Scratch()
        addTeardownBlock { withExtendedLifetime(scratch) {} }
        return scratch.path
    }
}

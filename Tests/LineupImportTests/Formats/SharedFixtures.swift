import Foundation
import LineupImport
import LineupModel
import Testing

/// The real schedule files in ../shared/fixtures (next to the package root), which a user's
/// clone does not have: suites that read them are enabled only when the folder is there.
enum SharedFixtures {
    /// ../shared/fixtures from the package root; from a git worktree nested one level deeper
    /// (/work/wt/NAME) the nearest ancestor's shared/fixtures.
    static let directory: URL = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var folder = packageRoot.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("shared/fixtures")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    }()

    static var available: Bool { FileManager.default.fileExists(atPath: directory.path) }

    static let skipNote: Comment = "skipped: ../shared/fixtures (real schedule files) is absent"

    /// Imports `relativePath` ("ical/lca2020.ics") as `lineup` does.
    static func load(_ relativePath: String) throws -> ImportedFile {
        let url = directory.appendingPathComponent(relativePath)
        let bytes = [UInt8](try Data(contentsOf: url))
        return ScheduleImporter.importFile(bytes: bytes, path: relativePath,
                                           context: ImportContext(fileName: url.lastPathComponent))
    }

    static func talks(_ relativePath: String) throws -> [Talk] {
        try load(relativePath).fragments.flatMap(\.talks)
    }

    static func iso(_ date: Date?) -> String? { date.map(ISOInstant.format) }
}

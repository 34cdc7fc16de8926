import Foundation
import LineupImport
import LineupModel

/// The shipped Data/ of the checkout, loaded once with a fixed reference year so results do
/// not depend on the day the tests run.
enum SeedData {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path

    static let referenceYear = 2026

    static let loaded = ScheduleLoader(referenceYear: referenceYear).load([directory])
    static var schedule: Schedule { loaded.schedule }

    static func talk(titled prefix: String) -> Talk? {
        schedule.talks.first { $0.title.hasPrefix(prefix) }
    }

    static func path(_ fileName: String) -> String { directory + "/" + fileName }

    static func bytes(_ fileName: String) throws -> [UInt8] {
        try FileReader.read(path(fileName))
    }
}

/// "2022-07-19T18:00:00Z" as a Date, for comparing instants.
func instant(_ text: String) -> Date? { ISOInstant.parse(text) }

import Foundation
import LineupImport
import LineupModel

extension SharedFixtures {
    /// The file loaded as `lineup --data FILE [--timezone ZONE]` loads it, with the
    /// diagnostics of importing and assembling.
    static func schedule(_ relativePath: String, timeZone: String? = nil) -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        let loader = ScheduleLoader(pinnedTimeZone: timeZone.flatMap(TimeZone.init(identifier:)))
        return loader.load([directory.appendingPathComponent(relativePath).path])
    }
}

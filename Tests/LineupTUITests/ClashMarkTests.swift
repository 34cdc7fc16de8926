import XCTest
import Foundation
import LineupAgenda
import LineupImport
import LineupModel
@testable import LineupTUI

/// One clash computation (the agenda's) marks every clashing bookmark with ⚠: in the agenda,
/// the Talks list, the details and the exports. The reproduction of issue 11, defect 12: the
/// "DL: Algorithms" page and a copy of it shifted by 2 minutes, both copies of three talks
/// bookmarked.
final class ClashMarkTests: XCTestCase {
    private static let shiftedTitles = ["Online Continual Learning", "Monarch: Expressive", "Generalizing to New Physical"]

    /// The page and its copy 2 minutes later ("10:30 - 10:35" becomes "10:32 - 10:37"), the
    /// copy's session renamed "DL: Algorithms B" (a repeated session would be skipped).
    static func pageAndShiftedCopy() throws -> Schedule {
        let path = SeedSchedule.packageRoot.appendingPathComponent("Data/icml2022-dl-algorithms.txt").path
        let page = try String(contentsOfFile: path, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"(\d\d):(\d\d) - (\d\d):(\d\d) PDT"#)
        var shifted = page.replacingOccurrences(of: "\nDL: Algorithms\n", with: "\nDL: Algorithms B\n")
        for match in pattern.matches(in: shifted, range: NSRange(shifted.startIndex..., in: shifted)).reversed() {
            func minutes(_ group: Int) -> Int {
                let hours = Int(shifted[Range(match.range(at: group), in: shifted)!])!
                return hours * 60 + Int(shifted[Range(match.range(at: group + 1), in: shifted)!])! + 2
            }
            let text = String(format: "%02d:%02d - %02d:%02d PDT", minutes(1) / 60, minutes(1) % 60, minutes(3) / 60, minutes(3) % 60)
            shifted.replaceSubrange(Range(match.range, in: shifted)!, with: text)
        }
        var fragments: [ScheduleFragment] = []
        for (name, text) in [("dl-algorithms.txt", page), ("dl-algorithms-shifted.txt", shifted)] {
            let context = ImportContext(fileName: name, sourceName: "ICML 2022", year: 2022, referenceYear: 2026)
            fragments += ScheduleImporter.importText(text, path: name, context: context).fragments
        }
        return Schedule.assemble(fragments).schedule
    }

    private func harness(size: TerminalSize = TerminalSize(columns: 160, rows: 45)) throws -> (Harness, Schedule) {
        let schedule = try Self.pageAndShiftedCopy()
        let talks = schedule.talks.filter { talk in Self.shiftedTitles.contains { talk.title.hasPrefix($0) } }
        XCTAssertEqual(talks.count, 6, "both copies of three talks")
        var harness = Harness(schedule: schedule, size: size)
        let set = try harness.store.add(talks)
        harness.dispatch(.bookmarksLoaded(set))
        return (harness, schedule)
    }

    func testEveryClashingTalkInTheAgendaShowsTheClashMarkEvenOnARowOfItsOwn() throws {
        var (harness, _) = try harness()
        harness.send(.character("a"))
        let generalizing = harness.state.agenda.timedEntries.filter { $0.talk.title.hasPrefix("Generalizing") }
        XCTAssertEqual(generalizing.count, 2)
        XCTAssertTrue(generalizing.allSatisfy(\.isClashing), "the copies overlap: 11:20–11:25 and 11:22–11:27")
        let rows = harness.screen.filter { $0.contains("11:2") && $0.contains("Generalizing") }
        XCTAssertFalse(rows.isEmpty, harness.screen.joined(separator: "\n"))
        for row in rows {
            XCTAssertTrue(row.contains("⚠ Generalizing"), "no clash mark on: \(row)")
        }
        // Every talk of the agenda clashes with its copy: each shows ⚠ once.
        let marks = harness.screen.joined().filter { $0 == "⚠" }.count
        XCTAssertEqual(marks, 6, harness.screen.joined(separator: "\n"))
    }

    func testTheTalksListMarksBookmarkedTalksThatClash() throws {
        var (harness, schedule) = try harness()
        harness.send(.enter, .enter)
        let lines = harness.screen
        let generalizing = try XCTUnwrap(lines.first { $0.contains("11:20") && $0.contains("Generalizing") }, lines.joined(separator: "\n"))
        XCTAssertTrue(generalizing.contains("⚠"), generalizing)
        let notBookmarked = try XCTUnwrap(lines.first { $0.contains("11:25") && $0.contains("Self-conditioning") })
        XCTAssertFalse(notBookmarked.contains("⚠"), notBookmarked)
        XCTAssertNotNil(schedule.talks.first { $0.title.hasPrefix("Self-conditioning") })
    }

    func testDetailsAndExportsNameTheSameClashes() throws {
        let (harness, _) = try harness()
        let agenda = harness.state.agenda
        let csv = ExportFormat.csv.render(agenda, now: Date(timeIntervalSince1970: 0))
        for entry in agenda.timedEntries {
            let talk = try XCTUnwrap(harness.state.schedule.talk(entry.id))
            XCTAssertEqual(harness.state.clashes(of: talk).map(\.id), entry.clashesWith, talk.title)
            let row = try XCTUnwrap(csv.split(separator: "\r\n").first { $0.hasPrefix("agenda," + entry.id.rawValue + ",") })
            for other in entry.clashesWith { XCTAssertTrue(row.contains(other.rawValue), String(row)) }
        }
    }
}

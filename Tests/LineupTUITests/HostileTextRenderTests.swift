import XCTest
import Foundation
import LineupModel
@testable import LineupTUI

/// Data strings that try to drive the terminal must reach the grid inert.
final class HostileTextRenderTests: XCTestCase {
    static let payloads = [
        "\u{1B}]0;pwned-title\u{07}",  // OSC: set the window title
        "\u{1B}]2;pwned\u{1B}\\",  // OSC ended by ST
        "\u{1B}[31;1mRED\u{1B}[0m",  // CSI: colour
        "\u{1B}[2J\u{1B}[H",  // CSI: clear and home
        "\u{9B}31m",  // 8-bit CSI
        "\u{1B}P1$r\u{1B}\\",  // DCS
        "bell\u{07}del\u{7F}nul\u{00}",
        "\u{202E}reversed\u{202C}",
        "\u{1B}c",  // full reset
    ]

    private func hostileSchedule() -> Schedule {
        let hostile = Self.payloads.joined(separator: " ")
        let sessionID = SessionID("s-hostile")
        let talk = Talk(id: "t-hostile", title: "Evil \(hostile) title", authors: ["Mallory \(hostile)", "Eve"],
                        kind: .other("Poster\u{1B}[5m"), awards: ["Best \(hostile)"],
                        start: ISOInstant.parse("2022-07-19T18:00:00Z"), end: ISOInstant.parse("2022-07-19T18:20:00Z"),
                        timeZoneID: "America/Los_Angeles", utcOffset: -25200, day: LocalDate(year: 2022, month: 7, day: 19),
                        sessionID: sessionID, session: "Session \(hostile)", room: "Room \(hostile)",
                        moderator: "Mod \(hostile)", abstract: "Abstract \(hostile)\nsecond line \(hostile)",
                        links: ["https://example.org/\(hostile)"], source: "evil.txt")
        let session = Session(id: sessionID, kind: .slots, title: "Session \(hostile)", room: "Room \(hostile)",
                              source: "evil.txt", conference: "Conf \(hostile)", day: talk.day,
                              timeZoneID: talk.timeZoneID, utcOffset: talk.utcOffset, start: talk.start, end: talk.end,
                              talkIDs: [talk.id])
        let fragment = ScheduleFragment(source: Source(fileName: "evil.txt", name: "Conf", format: .sessionPage),
                                        sessions: [session], talks: [talk])
        return Schedule.assemble([fragment]).schedule
    }

    private func assertInert(_ grid: Grid, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                guard let character = grid[x, y].character else { continue }
                for scalar in character.unicodeScalars {
                    let v = scalar.value
                    let dangerous = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v)
                    XCTAssertFalse(dangerous, "U+\(String(v, radix: 16)) at (\(x),\(y)): \(grid.text(ofRow: y))", file: file, line: line)
                }
            }
        }
    }

    func testNoControlCharacterFromDataReachesAnyScreen() {
        var harness = Harness(schedule: hostileSchedule(), size: TerminalSize(columns: 160, rows: 45))
        assertInert(render(harness.state))
        harness.send(.enter, .enter, .enter)
        assertInert(render(harness.state))
        harness.send(.character("b"))
        assertInert(render(harness.state))  // the status message quotes the title
        harness.send(.character("/"))
        harness.type("evil")
        assertInert(render(harness.state))
        for size in [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 50, rows: 15)] {
            harness.dispatch(.resize(size))
            assertInert(render(harness.state))
        }
    }

    func testTheVisibleWordsAroundTheSequencesStay() {
        var harness = Harness(schedule: hostileSchedule(), size: TerminalSize(columns: 200, rows: 50))
        harness.send(.enter, .enter, .enter)
        let text = harness.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Evil"))
        XCTAssertTrue(text.contains("RED"), "the text between colour codes is kept, uncoloured")
        XCTAssertTrue(text.contains("bell␇del␡nul␀"), "lone controls become visible placeholders")
        XCTAssertFalse(text.contains("pwned"), "the OSC payload is dropped whole")
    }
}

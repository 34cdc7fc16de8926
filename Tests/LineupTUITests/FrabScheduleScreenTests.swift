import XCTest
import LineupModel
import LineupSearch
@testable import LineupTUI

/// The browser on a schedule without sessions (frab's shape): rooms in the Sessions pane,
/// `v` for tracks, track tags, floating times, cancelled items and the new details.
final class FrabScheduleScreenTests: XCTestCase {
    private static let schedule = HandBuiltFrabSchedule.make()

    private func harness(columns: Int = 160, rows: Int = 32, now: Date? = nil) -> Harness {
        Harness(schedule: Self.schedule, size: TerminalSize(columns: columns, rows: rows),
                search: SearchSession(index: SearchIndex(schedule: Self.schedule)), now: now)
    }

    /// The text of `pane`'s frame, one string per row, trailing spaces dropped.
    private func text(of pane: Pane, _ harness: Harness) -> [String] {
        guard let frame = harness.state.layout.frame(of: pane) else { return [] }
        let grid = render(harness.state)
        return (frame.rect.y..<frame.rect.maxY).map { y in
            var line = String((frame.rect.x..<frame.rect.maxX).compactMap { grid[$0, y].character })
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private func firstRow(containing text: String, in grid: Grid) -> Int? {
        grid.lines.firstIndex { $0.contains(text) }
    }

    func testTheSessionsPaneListsTheDaysRoomsInSourceOrderWithSpanCountAndSharedTrack() {
        let harness = harness()
        XCTAssertEqual(Array(text(of: .sessions, harness).prefix(5)), [
            " Rooms                     1/2",
            " J.1.106",
            "   10:30–12:00 · 2 talks · Op…",
            " H.1308",
            "   13:00–14:45 · 2 talks",
        ])
        let rooms = harness.state.visibleSessions.map { harness.state.outline.session(at: $0) }
        XCTAssertEqual(rooms.map(\.track), ["Open Source Design", nil], "two tracks share H.1308: none is named")
    }

    func testVShowsTheDayByTrackAndBackByRoomKeepingTheSelectedTalk() {
        var harness = harness()
        harness.send(.enter, .down, .enter, .down)  // H.1308, then Rust for Linux (14:00)
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        harness.send(.character("v"))
        XCTAssertEqual(harness.state.outline.grouping, .tracks)
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux", "the talk stays selected")
        let titles = harness.state.visibleSessions.map { harness.state.outline.session(at: $0).title }
        XCTAssertEqual(titles, ["Open Source Design", "Security", "Rust"], "tracks in order of first appearance")
        XCTAssertEqual(harness.state.selectedSession.map { harness.state.outline.session(at: $0).title }, "Rust")
        let lines = text(of: .sessions, harness)
        XCTAssertTrue(lines[0].hasPrefix(" Tracks"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains("10:30–12:00 · J.1.106 · 2") }, "a track in one room names it:\n"
                      + lines.joined(separator: "\n"))
        XCTAssertTrue(harness.state.message?.text.contains("by track") ?? false)

        harness.send(.character("v"))
        XCTAssertEqual(harness.state.outline.grouping, .rooms)
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        XCTAssertEqual(harness.state.selectedSession.map { harness.state.outline.session(at: $0).title }, "H.1308")
        XCTAssertTrue(text(of: .sessions, harness)[0].hasPrefix(" Rooms"))
    }

    func testATrackGroupListsItsTalksInTimeOrderAcrossRooms() {
        let outline = ScheduleOutline(Self.schedule, grouping: .tracks)
        let sunday = outline.sessionsOfDay[1].map { outline.session(at: $0) }
        XCTAssertEqual(sunday.map(\.title), ["Keynotes"])
        let talks = outline.talksOfSession[outline.sessionsOfDay[1][0]].map { outline.talk(at: $0).title }
        XCTAssertEqual(talks, ["Cancelled: the talk that was not", "Closing FOSDEM"], "10:00 in K.1.105 before 17:00 in Janson")
        XCTAssertNil(sunday[0].room, "two rooms: none is named")
        XCTAssertEqual(sunday[0].floatingStart, LocalDateTime(iso: "2024-02-04T10:00"))
        XCTAssertEqual(sunday[0].floatingEnd, LocalDateTime(iso: "2024-02-04T17:15"))
    }

    func testVOnAScheduleWithSessionsSaysWhyNothingChanges() {
        var harness = Harness()
        let before = harness.state.visibleSessions
        harness.send(.character("v"))
        XCTAssertEqual(harness.state.outline.grouping, .rooms)
        XCTAssertEqual(harness.state.visibleSessions, before)
        XCTAssertTrue(harness.state.message?.text.contains("has sessions of its own") ?? false)
    }

    func testTheTalksListShowsFloatingTimesAndTracksAsColouredTags() {
        var harness = harness()
        harness.send(.enter, .down)  // H.1308: Security at 13:00, Rust at 14:00
        let grid = render(harness.state)
        guard let security = firstRow(containing: "Sandboxing with seccomp", in: grid),
              let rust = firstRow(containing: "Rust for Linux", in: grid) else {
            return XCTFail(grid.lines.joined(separator: "\n"))
        }
        XCTAssertTrue(grid.lines[security].contains("13:00 light Securi…     Sandboxing"), grid.lines[security])
        XCTAssertTrue(grid.lines[rust].contains("14:00 talk  Rust        Rust for Linux"), grid.lines[rust])
        guard let rustTag = grid.column(of: "Rust ", inRow: rust), let securityTag = grid.column(of: "Securi", inRow: security) else {
            return XCTFail("no tags")
        }
        let rustRole = grid[rustTag, rust].style.role, securityRole = grid[securityTag, security].style.role
        XCTAssertEqual(rustRole, .track(harness.state.outline.trackColors["Rust"] ?? -1))
        XCTAssertEqual(securityRole, .track(harness.state.outline.trackColors["Security"] ?? -1))
        XCTAssertNotEqual(rustRole, securityRole, "two tracks, two colours")
        XCTAssertNotEqual(ColorTheme(capability: .many).look(for: CellStyle(rustRole)).colors,
                          ColorTheme(capability: .many).look(for: CellStyle(securityRole)).colors)
        XCTAssertNil(ColorTheme(capability: .none).look(for: CellStyle(rustRole)).colors, "NO_COLOR: the tag's text only")
    }

    func testACancelledTalkIsMarkedInTheListAndTheDetails() {
        var harness = harness()
        harness.send(.down, .enter, .down, .enter)  // Sunday, K.1.105
        XCTAssertEqual(harness.selectedTitle, "Cancelled: the talk that was not")
        let grid = render(harness.state)
        guard let row = firstRow(containing: "✗ Cancelled: the talk", in: grid) else {
            return XCTFail(grid.lines.joined(separator: "\n"))
        }
        if let mark = grid.column(of: "✗ Cancelled: the talk", inRow: row) {
            XCTAssertEqual(grid[mark, row].style.role, .cancelled)
        }
        let details = text(of: .details, harness)
        XCTAssertTrue(details.contains { $0.contains("talk · ✗ Cancelled") }, details.joined(separator: "\n"))
    }

    func testDetailsShowSubtitlePeopleTypeTrackLanguageURLDescriptionLinksAndAttachments() {
        let harness = harness()
        XCTAssertEqual(harness.selectedTitle, "Creative Coding with TurtleStitch")
        let details = text(of: .details, harness).map { $0.trimmingCharacters(in: .whitespaces) }
        let wanted = [
            "Details", "Creative Coding with TurtleStitch", "Embroidery from code", "", "Pauline Maas", "", "talk",
            "When       Sat 3 Feb 10:30–11:30 (zone unknown; --timezone",
        ]
        XCTAssertEqual(Array(details.prefix(wanted.count)), wanted)
        for line in ["Room       J.1.106", "Track      Open Source Design", "Language   en",
                     "URL        https://fosdem.org/2024/schedule/event/turtlest",
                     "TurtleStitch https://www.turtlestitch.org/", "Slides https://fosdem.org/2024/slides/turtle.pdf"] {
            XCTAssertTrue(details.contains(line), "\(line) in\n\(details.joined(separator: "\n"))")
        }
        XCTAssertFalse(details.contains { $0.hasPrefix("Session ") }, "the room is the session: said once")
        XCTAssertFalse(details.contains { $0.hasPrefix("Your time") }, "a floating time has no 'your time'")
        let order = ["Abstract", "TurtleStitch turns code into embroidery.", "Description",
                     "Bring a laptop; we will stitch a pattern together.", "Links", "Attachments"]
        let positions = order.compactMap { details.firstIndex(of: $0) }
        XCTAssertEqual(positions.count, order.count, details.joined(separator: "\n"))
        XCTAssertEqual(positions, positions.sorted(), "description below the abstract, then links, then attachments")
    }

    func testATrackSearchNarrowsTheRoomsAndTalks() {
        var harness = harness()
        harness.send(.character("/"))
        harness.type("track:rust")
        harness.send(.enter)
        XCTAssertEqual(harness.state.visibleTalkCount, 1)
        XCTAssertEqual(harness.state.visibleSessions.map { harness.state.outline.session(at: $0).title }, ["H.1308"])
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        harness.send(.character("v"))
        XCTAssertEqual(harness.state.visibleSessions.map { harness.state.outline.session(at: $0).title }, ["Rust"],
                       "the filter holds across v")
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
    }

    func testTheAgendaListsABookmarkedFloatingTalkAtItsLocalTime() {
        var harness = harness()
        harness.send(.enter, .enter, .character("b"), .character("a"))
        let screen = harness.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Sat 3 Feb 2024 · FOSDEM 2024 · local times, zone unknown"), screen)
        XCTAssertTrue(screen.contains("10:30–11:30"), screen)
        XCTAssertTrue(screen.contains("Creative Coding with TurtleStitch"), screen)
        XCTAssertFalse(screen.contains("to read"), "a floating talk is timed, not a paper to read:\n\(screen)")
    }

    func testTOnAFloatingScheduleReadsItsTimesOnTheUsersClock() {
        // The harness's user is on UTC: 10:45 there is during the 10:30 talk.
        var harness = harness(now: ISOInstant.parse("2024-02-03T10:45:00Z") ?? .distantPast)
        harness.send(.down, .character("t"))
        XCTAssertEqual(harness.selectedTitle, "Creative Coding with TurtleStitch")
        XCTAssertEqual(harness.state.message?.text, "On now until 11:30 local time: \u{201C}Creative Coding with TurtleStitch\u{201D}")
        var later = self.harness(now: ISOInstant.parse("2024-02-03T12:10:00Z") ?? .distantPast)
        later.send(.character("t"))
        XCTAssertEqual(later.selectedTitle, "Sandboxing with seccomp")
        XCTAssertEqual(later.state.message?.text, "Next, in 50 min: \u{201C}Sandboxing with seccomp\u{201D}")
    }
}

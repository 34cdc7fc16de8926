import Foundation
import LineupAgenda
import LineupModel
@testable import LineupTUI
import Testing

/// `f` in the agenda: friends' picks beside yours, on the seeds plus the parallel page (whose
/// 11:10–11:30 oral overlaps Monarch, 11:00–11:20 PDT on Tue 19 Jul 2022).
@Suite struct AgendaFriendsTests {
    static let schedule = SeedSchedule.withParallelPage()
    static let added = Date(timeIntervalSince1970: 1_700_000_000)

    static func talk(_ prefix: String) throws -> Talk {
        try #require(schedule.talks.first { $0.title.hasPrefix(prefix) }, "no talk titled \(prefix)…")
    }

    static func friend(_ name: String, _ talks: [Talk], missing: [Bookmark] = []) -> FriendPicks {
        FriendPicks(name: name, picks: talks.map { Bookmark(talk: $0, added: added) } + missing, source: "\(name).json", imported: added)
    }

    /// You bookmarked Monarch and "Generalizing…" (11:20–11:25); Ana picked the parallel oral
    /// (a clash with Monarch), "Generalizing…" too and "Self-conditioning…" (11:25–11:30);
    /// Wei picked Monarch. The agenda is open.
    static func harness(friends: [FriendPicks]? = nil, now: Date? = nil) throws -> Harness {
        let path = HarnessFiles.root + "/\(UUID().uuidString)/bookmarks.json"
        try BookmarkStore(path: path).add([try talk("Monarch"), try talk("Generalizing to New Physical")])
        var harness = Harness(schedule: schedule, size: TerminalSize(columns: 160, rows: 45), bookmarksPath: path, now: now)
        harness.state.picks = PicksSet(friends: try friends ?? [
            friend("Ana", [try talk(SeedSchedule.cjkTitle), try talk("Generalizing to New Physical"), try talk("Self-conditioning")]),
            friend("Wei", [try talk("Monarch")]),
        ])
        harness.send(.character("a"))
        return harness
    }

    /// The screen line holding `text`, and its index.
    static func line(_ text: String, in screen: [String]) throws -> (index: Int, text: String) {
        let index = try #require(screen.firstIndex { $0.contains(text) }, "no line holds \(text):\n\(screen.joined(separator: "\n"))")
        return (index, screen[index])
    }

    static func agendaSelection(_ harness: Harness) -> String? {
        guard case .agenda(let screen) = harness.state.overlay else { return nil }
        return screen.selectedTalk(in: harness.state)?.title
    }

    @Test("f shows Ana's picks among yours in time order: her name on her picks, the clash, the talk you share")
    func anasPicks() throws {
        var harness = try Self.harness()
        #expect(!harness.screen.joined().contains("Ana"), "nobody's picks until f")
        harness.send(.character("f"))
        #expect(harness.state.shownPicks == .friend("Ana"))
        #expect(harness.state.message?.text == "Showing Ana's picks beside yours (f: next)")
        let screen = harness.screen
        #expect(screen[0].contains("Agenda with Ana's picks") && screen[0].contains("1 together · 1 ⟂"), "\(screen[0])")
        #expect(try Self.line("talks · 5 days", in: screen).text.contains("with Ana's picks"), "the status bar says whose picks show")
        let monarch = try Self.line("Monarch: Expressive", in: screen)
        #expect(monarch.text.contains("⟂ clashes with Ana's pick"))
        let parallel = try Self.line("Ana · " + SeedSchedule.cjkTitle.prefix(6), in: screen)
        #expect(parallel.text.contains("11:10–11:30 ⟂ Ana · "), "her pick that overlaps yours is marked too: \(parallel.text)")
        let together = try Self.line("Generalizing to New Physical", in: screen)
        #expect(together.text.contains("with Ana") && !together.text.contains("Ana ·"), "a talk you both picked shows once, yours")
        #expect(screen.filter { $0.contains("Generalizing to New Physical") }.count == 1)
        let hers = try Self.line("Ana · Self-conditioning", in: screen)
        #expect(!hers.text.contains("⟂"), "11:25–11:30 overlaps none of yours")
        #expect(monarch.index < parallel.index && parallel.index < together.index && together.index < hers.index, "time order")
    }

    @Test("f cycles: Ana, Wei, everyone, nobody; with one friend it goes straight back to nobody")
    func cycling() throws {
        var harness = try Self.harness()
        harness.send(.character("f"), .character("f"))
        #expect(harness.state.shownPicks == .friend("Wei"))
        var screen = harness.screen
        #expect(try Self.line("Monarch: Expressive", in: screen).text.contains("with Wei"))
        #expect(!screen.joined().contains("⟂"), "Wei's only pick is yours too")
        #expect(!screen.joined().contains(SeedSchedule.cjkTitle.prefix(6)))
        harness.send(.character("f"))
        #expect(harness.state.shownPicks == .everyone)
        screen = harness.screen
        #expect(screen[0].contains("Agenda with everyone's picks"))
        #expect(try Self.line("Monarch: Expressive", in: screen).text.contains("with Wei  ⟂ clashes with Ana's pick"))
        harness.send(.character("f"))
        #expect(harness.state.shownPicks == .nobody)
        #expect(harness.state.message?.text == "Showing your agenda alone")
        #expect(!harness.screen.joined().contains("Ana"))

        var alone = try Self.harness(friends: [Self.friend("Ana", [try Self.talk("Self-conditioning")])])
        alone.send(.character("f"))
        #expect(alone.state.shownPicks == .friend("Ana"))
        alone.send(.character("f"))
        #expect(alone.state.shownPicks == .nobody)
    }

    @Test("Enter on a friend's pick goes to the talk; b makes it yours, then it clashes side by side, with Ana")
    func enterAndBookmark() throws {
        var harness = try Self.harness()
        harness.send(.character("f"), .down)
        #expect(Self.agendaSelection(harness) == SeedSchedule.cjkTitle, "her pick is selectable, after Monarch")
        harness.send(.character("b"))
        #expect(harness.savedIDs.contains(try Self.talk(SeedSchedule.cjkTitle).id))
        let line = try Self.line("Monarch: Expressive", in: harness.screen)
        #expect(line.text.contains("│") && line.text.contains("with Ana"), "your two talks side by side, the new one with Ana: \(line.text)")
        #expect(!harness.screen.joined().contains("⟂"), "Ana picked the talk you are at now")
        harness.send(.character("u"))
        harness.send(.character("g"), .down, .enter)
        guard case .none = harness.state.overlay else { Issue.record("the agenda is still open"); return }
        #expect(harness.selectedTitle == SeedSchedule.cjkTitle)
    }

    @Test("e exports what the agenda shows: Ana's picks go into Markdown, not into a calendar")
    func exportingWithThePicks() throws {
        let directory = HarnessFiles.root + "/\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var harness = try Self.harness()
        harness.send(.character("f"), .character("e"), .control("u"))
        harness.type(directory + "/plan.md")
        harness.send(.enter)
        #expect(harness.state.message?.text == "Exported 4 items to \(directory)/plan.md (with Ana's picks)")
        let markdown = try String(contentsOfFile: directory + "/plan.md", encoding: .utf8)
        #expect(markdown.contains("⟂ Clashes with Ana's pick: \(SeedSchedule.cjkTitle)"))
        #expect(markdown.contains("Self-conditioning Pre-Trained Language Models · *picked by Ana*"))

        harness.send(.character("e"), .control("u"))
        harness.type(directory + "/plan.ics")
        harness.send(.enter)
        #expect(harness.state.message?.text == "Exported 2 items to \(directory)/plan.ics (your own calendar, without Ana's picks)")
        let calendar = try String(contentsOfFile: directory + "/plan.ics", encoding: .utf8)
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count == 3, "Monarch and Generalizing only")
        #expect(!calendar.contains("Self-conditioning"))
    }

    @Test("P hides a friend's picks that have ended, as it hides yours")
    func hidingThePast() throws {
        // 11:26 PDT: Monarch and "Generalizing…" have ended; Ana's 11:10–11:30 oral and her
        // 11:25–11:30 spotlight are on; her 10:55 spotlight has ended.
        let ana = Self.friend("Ana", [try Self.talk("Set Based Stochastic"), try Self.talk(SeedSchedule.cjkTitle), try Self.talk("Self-conditioning")])
        var harness = try Self.harness(friends: [ana], now: ISOInstant.parse("2022-07-19T18:26:00Z"))
        harness.send(.character("f"))
        #expect(harness.screen.joined().contains("Ana · Set Based Stochastic"))
        harness.send(.character("P"))
        let screen = harness.screen.joined(separator: "\n")
        #expect(!screen.contains("Set Based Stochastic"), "\(screen)")
        #expect(!screen.contains("Monarch: Expressive"), "\(screen)")
        #expect(screen.contains("Ana · Self-conditioning") && screen.contains(SeedSchedule.cjkTitle.prefix(6)), "\(screen)")
    }

    @Test("Friends' names are sanitized; their picks not in the loaded data are listed apart; f without friends says so")
    func namesMissingAndNobody() throws {
        let gone = Bookmark(id: "t0000000000000000", title: "A dropped talk", start: nil, added: Self.added)
        let hostile = "An\u{1B}]0;owned\u{07}a"
        var harness = try Self.harness(friends: [Self.friend(hostile, [try Self.talk("Self-conditioning")], missing: [gone])])
        harness.send(.character("f"))
        let screen = harness.screen
        #expect(!screen.joined().contains("\u{1B}") && !screen.joined().contains("\u{07}"))
        let shown = TerminalText.sanitize(hostile)
        #expect(screen[0].contains("Agenda with \(shown)'s picks"))
        #expect(try Self.line("\(shown) · Self-conditioning", in: screen).index > 0)
        #expect(try Self.line("Friends' picks not in the loaded data · 1", in: screen).index > 0)
        #expect(try Self.line("\(shown) · A dropped talk (untimed, t0000000000000000)", in: screen).index > 0)

        var nobody = try Self.harness(friends: [])
        nobody.send(.character("f"))
        #expect(nobody.state.shownPicks == .nobody)
        #expect(nobody.state.message?.text == "No friends' picks to show: `lineup bookmark import FILE --as NAME` adds some")
    }
}

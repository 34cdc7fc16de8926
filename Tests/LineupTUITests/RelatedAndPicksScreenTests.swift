import Foundation
import LineupAgenda
import LineupModel
import LineupSearch
@testable import LineupTUI
import Testing

/// The details' "Related" (found by the real engine) and friends' picks in the panes, on the seeds.
@Suite struct RelatedAndPicksScreenTests {
    static let seeds = SeedSchedule.seeds()

    private func harness() -> Harness {
        Harness(schedule: Self.seeds, size: TerminalSize(columns: 160, rows: 45),
                search: SearchSession(index: SearchIndex(schedule: Self.seeds)))
    }

    /// Searches for `text`, keeps the hits and selects the `occurrence`th (0-based) hit titled `title`.
    private func select(_ title: String, searching text: String, in harness: inout Harness) throws {
        harness.send(.character("/"))
        harness.type(text)
        harness.send(.enter)
        for _ in 0..<20 where harness.selectedTitle != title { harness.send(.down) }
        #expect(harness.selectedTitle == title)
    }

    /// What the loop does after each burst of input: the related talks of the selection.
    private func findRelated(_ harness: inout Harness) {
        if let action = harness.runner.relatedUpdate(for: harness.state) { harness.dispatch(action) }
    }

    @Test("The details list the related talks once found; r chooses one, Enter goes to it")
    func relatedInTheDetails() throws {
        var harness = harness()
        try select("Pointer Networks", searching: "pointer networks", in: &harness)
        let pointer = try #require(harness.state.selectedTalk)
        #expect(!harness.screen.joined().contains("Related"), "nothing until the engine is asked")
        findRelated(&harness)
        let related = harness.state.related.talks(for: harness.state.selectedTalkPosition)
        #expect(related.count == RelatedTalks.limit)
        let twin = Self.seeds.talks[related[0]]
        #expect(twin.title == "Pointer Networks" && twin.id != pointer.id)
        let details = DetailsText.lines(harness.state, width: 100).map { String($0.map(\.character)) }
        #expect(details.contains("Related"), "the last section of the details")
        #expect(details.last == "  " + Self.seeds.talks[related.last ?? 0].title)

        harness.send(.character("r"))
        #expect(harness.state.focus == .details)
        #expect(harness.state.related.chosen == 0)
        #expect(harness.screen.contains { $0.contains("> Pointer Networks") }, "the chosen one is marked and shown")
        harness.send(.character("R"))
        #expect(harness.state.related.chosen == related.count - 1, "R goes back round")
        harness.send(.character("r"))
        harness.send(.enter)
        #expect(harness.state.selectedTalk?.id == twin.id)
        #expect(harness.state.focus == .talks)
        // A new selection's related talks are found afresh, and none is chosen.
        findRelated(&harness)
        #expect(harness.state.related.position == harness.state.selectedTalkPosition)
        #expect(harness.state.related.chosen == nil)
        #expect(Self.seeds.talks[harness.state.related.talks[0]].id == pointer.id)
    }

    @Test("r before the engine has found anything says so")
    func relatedNotYetFound() throws {
        var harness = Harness(schedule: Self.seeds, size: TerminalSize(columns: 160, rows: 45))
        try select("Pointer Networks", searching: "pointer networks", in: &harness)
        findRelated(&harness)  // the title-word fake cannot relate talks
        harness.send(.character("r"))
        #expect(harness.state.related.chosen == nil)
        #expect(harness.screen.contains { $0.contains("Related talks are still being found") })
    }

    @Test("Friends' picks show in the talks list and the details: picked by Ana, Wei")
    func picksShown() throws {
        var harness = harness()
        try select("Pointer Networks", searching: "pointer networks", in: &harness)
        let pointer = try #require(harness.state.selectedTalk)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let pick = Bookmark(talk: pointer, added: now)
        harness.state.picks = PicksSet(friends: [FriendPicks(name: "Ana", picks: [pick], source: "a.json", imported: now),
                                                 FriendPicks(name: "Wei", picks: [pick], source: "w.ics", imported: now)])
        let screen = harness.screen
        // The talks pane is 47 columns here: the names are cut at its edge.
        #expect(screen.contains { $0.contains("Paper    Pointer Networks  picked by A…") })
        let row = TalksPane.glyphs(for: pointer, state: harness.state, backdrop: .none, wordBadges: true)
        #expect(String(row.map(\.character)).hasSuffix("Pointer Networks  picked by Ana, Wei"))
        #expect(screen.contains { $0.contains("Picked by  Ana, Wei") })
    }
}

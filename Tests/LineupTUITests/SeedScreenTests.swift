import XCTest
import Foundation
import LineupModel
import LineupSearch
@testable import LineupTUI

/// The browser's screens on the shipped seeds (and one extra page for what the seeds lack),
/// at 80x24 and 160x45, with the real search engine and bookmark store. The stored screens
/// are the product's face: review a change to them as you would a screenshot.
final class SeedScreenTests: XCTestCase {
    private static let seeds = SeedSchedule.seeds()
    private static let withParallel = SeedSchedule.withParallelPage()

    private func harness(_ schedule: Schedule, _ columns: Int, _ rows: Int) -> Harness {
        Harness(schedule: schedule, size: TerminalSize(columns: columns, rows: rows),
                search: SearchSession(index: SearchIndex(schedule: schedule)))
    }

    private func search(_ text: String, in harness: inout Harness) {
        harness.send(.character("/"))
        harness.type(text)
        harness.send(.enter)
    }

    func testTheFirstScreenAt80x24ShowsTheDaysAndTheFirstSession() {
        let screen = render(harness(Self.seeds, 80, 24).state)
        assertScreen(screen, Self.firstScreen80x24)
    }

    func testFindingMonarchAt160x45ShowsItsDetailsWithTheHitsHighlighted() throws {
        var harness = harness(Self.seeds, 160, 45)
        search("Monarch", in: &harness)
        let screen = render(harness.state)
        assertScreen(screen, Self.monarch160x45Top, rows: 0..<12)
        assertScreen(screen, Self.monarch160x45Bottom, rows: 43..<45)

        let talkRow = try XCTUnwrap(screen.column(of: "Monarch:", inRow: 1))
        XCTAssertTrue(screen.cells(row: 1, from: talkRow, count: 7).allSatisfy { $0.style.role == .match }, "hit in the talks list")
        XCTAssertEqual(screen[talkRow + 7, 1].style.role, .text, "the colon after the hit is not highlighted")
        let titleColumn = try XCTUnwrap(screen.column(of: "Monarch:", inRow: 1).flatMap { _ in screen.column(of: "Monarch: Expressive Structured Matrices for Efficient", inRow: 1) })
        XCTAssertTrue(screen.cells(row: 1, from: titleColumn, count: 7).allSatisfy { $0.style.role == .match }, "hit in the details title")
        let abstractRow = try XCTUnwrap((12..<43).first { screen.text(ofRow: $0).contains("proposes") || screen.text(ofRow: $0).contains("(Monarch)") })
        let abstractColumn = try XCTUnwrap(screen.column(of: "(Monarch)", inRow: abstractRow))
        XCTAssertTrue(screen.cells(row: abstractRow, from: abstractColumn + 1, count: 7).allSatisfy { $0.style.role == .match }, "hit in the abstract")
        XCTAssertEqual(screen[abstractColumn, abstractRow].style.role, .text)
    }

    func testACJKTitleTakesTwoColumnsACharacterAndIsCutBetweenCharacters() {
        var harness = harness(Self.withParallel, 80, 24)
        harness.send(.down, .enter, .down, .enter)
        assertScreen(render(harness.state), Self.cjk80x24)
    }

    func testALongTitleIsCutWithAnEllipsisExactlyAtThePaneEdge() throws {
        var harness = harness(Self.withParallel, 160, 45)
        harness.send(.down, .enter, .down, .enter)
        let screen = render(harness.state)
        let row = try XCTUnwrap((1..<44).first { screen.text(ofRow: $0).contains("A Remarkably Long") })
        let frame = try XCTUnwrap(harness.state.layout.frame(of: .talks))
        XCTAssertEqual(screen[frame.rect.maxX - 2, row].character, "…")
        XCTAssertEqual(screen[frame.rect.maxX, row].character, "│")
        XCTAssertTrue(screen.text(ofRow: row).contains("11:30 Spot     A Remarkably Long Title About…"), screen.text(ofRow: row))
    }

    func testTheHelpScreenMatchesItsStoredCopy() {
        var harness = harness(Self.seeds, 80, 24)
        harness.send(.character("?"))
        assertScreen(render(harness.state), Self.help80x24)
    }

    func testTheAgendaShowsClashesSideBySideTheFreeTimeAndTheReadingList() {
        var harness = harness(Self.withParallel, 160, 45)
        harness.send(.down, .enter, .enter)                        // Tue 19 Jul, DL: Algorithms, talks
        harness.send(.character("b"))                              // 10:30 Online Continual Learning
        for _ in 0..<6 { harness.send(.down) }
        harness.send(.character("b"))                              // 11:00 Monarch
        harness.send(.left, .down, .right, .character("b"))        // Parallel Track: 11:10 CJK talk
        harness.send(.left, .left, .character("G"), .right, .right, .character(" "))  // a Daily Papers paper
        harness.send(.character("a"))
        assertScreen(render(harness.state), Self.agenda160x45, rows: 0..<12)
    }

    func testTheDetailsOfAClashingBookmarkNameTheTalkItClashesWith() {
        var harness = harness(Self.withParallel, 160, 45)
        harness.send(.down, .enter, .enter)
        for _ in 0..<6 { harness.send(.down) }
        harness.send(.character("b"), .left, .down, .right, .character("b"))
        harness.send(.left, .up, .right)
        for _ in 0..<6 { harness.send(.down) }
        let text = harness.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Bookmark   ★ bookmarked (b removes)"), text)
        XCTAssertTrue(text.contains("Clashes    ⚠ 11:10–11:30 深度学习的高效训练方法"), text)
    }

    // MARK: Stored screens

    static let firstScreen80x24 = """
         Days              1/5 │ Sessions ›                                         1/1
         Thu 22 Jul 2021       │ Applications 3
           ICML 2021         8 │   17:00–17:55 · 8 talks
         Tue 19 Jul 2022       │
           ICML 2022        14 │
         Thu 21 Jul 2022       │
           ICML 2022        15 │
         Daily Papers · 13 Oct │
           listing          52 │
         Daily Papers · 8 Dec  │
           listing          26 │
                               │
                               │
                               │
                               │
                               │
                               │
                               │
                               │
                               │
                               │
                               │
         115 talks · 5 days                          / search  a agenda  ? help  q quit
         / searches as you type: monarch · author:dao · kind:oral · award:* · after:13…
        """
    static let monarch160x45Top = """
         Days              1/1 │ Sessions                  1/1 │ Talks                                     1/1 │ Details                                            79%
         Tue 19 Jul 2022       │ DL: Algorithms                │ 11:00 Oral   ◆ Monarch: Expressive Structure… │ Monarch: Expressive Structured Matrices for Efficient
           ICML 2022      1/14 │ 10:30–11:55 · Ballroo… · 1/14 │                                               │ and Accurate Training
                               │                               │                                               │
                               │                               │                                               │ Tri Dao · Beidi Chen · Nimit Sohoni · Arjun Desai ·
                               │                               │                                               │ Michael Poli · Jessica Grogan · Alexander Liu ·
                               │                               │                                               │ Aniruddh Rao · Atri Rudra · Christopher Re
                               │                               │                                               │
                               │                               │                                               │ Oral · ◆ Outstanding Paper Runner Up
                               │                               │                                               │ When       Tue 19 Jul 11:00–11:20 PDT
                               │                               │                                               │ Your time  Tue 19 Jul 18:00–18:20 UTC
                               │                               │                                               │ Session    DL: Algorithms
        """
    static let monarch160x45Bottom = """
         1 of 115 talks · /Monarch                                                                                       / search  b bookmark  a agenda  ? help  q quit
         /Monarch   n/N next/previous hit · / edit · Esc clear
        """
    static let cjk80x24 = """
         ‹ Talks                       1/2 │ Details
         11:10 O    深度学习的高效训练方…  │ 深度学习的高效训练方法：结构化矩阵与稀疏注
         11:30 S    A Remarkably Long Tit… │ 意力机制的统一框架研究
                                           │
                                           │ 王小明 · 김철수 · 田中太郎
                                           │
                                           │ Oral
                                           │ When       Tue 19 Jul 11:10–11:30 PDT
                                           │ Your time  Tue 19 Jul 18:10–18:30 UTC
                                           │ Session    Parallel Track 並行セッション
                                           │ Room       Hall F
                                           │ Moderator  王小明
                                           │ Bookmark   not bookmarked (b adds)
                                           │
                                           │ Abstract
                                           │ 本文提出一种新的结构化矩阵训练方法，在保持
                                           │ 精度的同时显著降低计算成本。
                                           │
                                           │
                                           │
                                           │
                                           │
         117 talks · 5 days              / search  b bookmark  a agenda  ? help  q quit
         / searches as you type: monarch · author:dao · kind:oral · award:* · after:13…
        """
    static let help80x24 = """
         Lineup help                                                         Esc closes
         Everywhere
           ↑ k             Move up
           ↓ j             Move down
           PgUp Ctrl-B     Page up
           PgDn Ctrl-F     Page down
           g Home          Go to the top
           G End           Go to the bottom
           u               Undo the last bookmark change, note included
           P               Hide talks that have ended (toggle)
           w               Now and next: per room, the talk on now and the next one
           e               Export the agenda (ics, md, csv, json)
           ? F1            Help
           q Ctrl-C        Quit
           Ctrl-Z          Suspend to the shell (fg comes back)

         Schedule
           ← h             Pane to the left
           → l             Pane to the right
           Tab             Next pane
           Shift-Tab       Previous pane
           Enter           Go deeper (day → sessions → talks → details)
         115 talks · 5 days                                        ↑↓ scroll  Esc close
         / searches as you type: monarch · author:dao · kind:oral · award:* · after:13…
        """
    static let agenda160x45 = """
         Agenda                                                                                                                           3 talks · 1 clash · 1 to read
         Tue 19 Jul 2022 · ICML 2022 · times in PDT
           10:30–10:35 Online Continual Learning through Mutual Information Maximization                                                DL: Algorithms · Ballroom 1 & 2
                      · free 10:35–11:00 (25 min)
           11:00–11:20 ⚠ ◆ Monarch: Expressive Structured Matrices for Efficient and A… │ 11:10–11:30 ⚠ 深度学习的高效训练方法：结构化矩阵与稀疏注意力机制的统一框架…

         Reading list · 1 paper
           ▲ 4         Aligning Text-to-Image Diffusion Models with Reward Backpropagation                                                         Daily Papers · 8 Dec




        """
}

import Foundation
import LineupAgenda
import LineupModel
import LineupSearch
import XCTest
@testable import LineupTUI

/// The real event loop, driven through a fake terminal: batching, the index retry, polling
/// the bookmark file, resize, quit and signals.
final class BrowserLoopTests: XCTestCase {
    private func loop(_ harness: Harness, _ script: [FakeTerminal.Step]) -> BrowserLoop<FakeTerminal> {
        BrowserLoop(state: harness.state, terminal: FakeTerminal(size: harness.state.size, script: script), runner: harness.runner)
    }

    private func queries(_ loop: BrowserLoop<FakeTerminal>) -> [String] {
        (loop.runner.services.search as? TitleWordSearch)?.queries ?? []
    }

    private func statusBar(_ loop: BrowserLoop<FakeTerminal>) -> String {
        loop.terminal.lastFrame[loop.state.size.rows - 2]
    }

    func testABurstOfKeysInTheQueryLineIsSearchedOnceAndDrawnOnce() {
        let script: [FakeTerminal.Step] = [.key(.character("/"))] + typing("monarch") + [.idle, .key(.control("c"))]
        let loop = loop(Harness(), script)
        XCTAssertEqual(loop.run(), LoopEnd.quit)
        XCTAssertEqual(queries(loop), ["monarch"], "one search for the burst, with the last text")
        XCTAssertEqual(loop.terminal.frames.count, 2, "the first frame and one for the burst")
        XCTAssertTrue(statusBar(loop).contains("1 of 5 talks"), statusBar(loop))
    }

    func testAKeyAfterTypingInTheSameBurstSeesTheResultOfTheTextBeforeIt() {
        let script: [FakeTerminal.Step] = [.key(.character("/"))] + typing("monarch") + [.key(.enter), .idle]
        let loop = loop(Harness(), script)
        _ = loop.run()
        XCTAssertEqual(queries(loop), ["monarch"])
        XCTAssertFalse(loop.state.search.isEditing)
        XCTAssertEqual(loop.state.focus, Pane.talks, "Enter found one hit and went to it")
        XCTAssertEqual(loop.state.selectedTalk?.id, HandBuiltSchedule.monarchID)
    }

    func testSeparateBurstsAreSearchedEach() {
        let script: [FakeTerminal.Step] = [.key(.character("/"))] + typing("mon") + [.idle] + typing("arch") + [.idle]
        let loop = loop(Harness(), script)
        _ = loop.run()
        XCTAssertEqual(queries(loop), ["mon", "monarch"])
    }

    func testAQueryTypedBeforeTheIndexIsReadyIsSearchedWhenItIsWithoutAKey() {
        let schedule = HandBuiltSchedule.make()
        nonisolated(unsafe) var ready = false
        let harness = Harness(schedule: schedule, search: SlowSearch(inner: TitleWordSearch(schedule: schedule), ready: { ready }))
        let script: [FakeTerminal.Step] = [.key(.character("/"))] + typing("monarch") + [.idle, .meanwhile { ready = true }, .idle, .idle]
        let loop = loop(harness, script)
        XCTAssertEqual(loop.run(), LoopEnd.signal(SIGHUP), "the script ran out: the terminal is gone")
        let waiting = loop.terminal.frames[1].lines[harness.state.size.rows - 2]
        XCTAssertTrue(waiting.contains("Indexing 5 talks for search…"), waiting)
        XCTAssertTrue(loop.terminal.timeouts.contains(BrowserLoop<FakeTerminal>.indexPollInterval),
                      "the loop looks often while a query waits: \(loop.terminal.timeouts)")
        XCTAssertFalse(loop.state.search.isWaitingForIndex)
        XCTAssertEqual(loop.state.visibleTalkCount, 1)
        XCTAssertTrue(statusBar(loop).contains("1 of 5 talks"), statusBar(loop))
        XCTAssertEqual(loop.terminal.timeouts.last, BrowserLoop<FakeTerminal>.pollInterval,
                       "and calms down once it is searched (and the fake has been asked for related talks)")
    }

    func testABookmarkAddedByAnotherProcessAppearsWithoutAKey() throws {
        // The state has read the (stopped) clock, as the browser's first state has: no tick.
        let harness = Harness(now: Date(timeIntervalSince1970: 1_700_000_000))
        let monarch = try XCTUnwrap(harness.state.schedule.talk(HandBuiltSchedule.monarchID))
        let other = BookmarkStore(path: harness.store.path)
        let loop = loop(harness, [.idle, .meanwhile { _ = try? other.add([monarch]) }, .idle])
        _ = loop.run()
        XCTAssertEqual(loop.state.bookmarks, [HandBuiltSchedule.monarchID])
        XCTAssertEqual(loop.terminal.frames.count, 2, "the change was drawn")
        XCTAssertTrue(statusBar(loop).contains("★ 1"), statusBar(loop))
    }

    func testRelatedTalksWaitForAPauseInInputAndAreDrawnInAFrameOfTheirOwn() throws {
        let seeds = SeedSchedule.seeds()
        // A stopped clock the state has read: no minute ticks, so every frame is accounted for.
        let harness = Harness(schedule: seeds, search: SearchSession(index: SearchIndex(schedule: seeds)),
                              now: Date(timeIntervalSince1970: 1_700_000_000))
        // Two bursts of movement, the second read while the loop waits for a pause, then a pause.
        let script: [FakeTerminal.Step] = [.key(.down), .idle, .key(.down), .key(.down), .idle, .idle, .idle]
        let loop = loop(harness, script)
        _ = loop.run()
        let pause = BrowserLoop<FakeTerminal>.relatedPause
        XCTAssertEqual(loop.terminal.frames.count, 4, "the first frame, one per burst, one for the related talks")
        // A short wait after the first frame and after each burst (the second burst came
        // during it), bursts read on with no wait, then the usual poll once they are found.
        XCTAssertEqual(loop.terminal.timeouts, [pause, 0, pause, 0, 0, pause, BrowserLoop<FakeTerminal>.pollInterval])
        let selected = try XCTUnwrap(loop.state.selectedTalkPosition)
        XCTAssertEqual(loop.state.related.position, selected)
        XCTAssertEqual(loop.state.related.talks(for: selected).count, RelatedTalks.limit)
        XCTAssertNotEqual(loop.terminal.frames[2].lines, loop.terminal.frames[3].lines, "the related talks' frame shows them")
        let details = DetailsText.lines(loop.state, width: 60).map { String($0.map(\.character)) }
        XCTAssertTrue(details.contains("Related"), details.joined(separator: "\n"))
    }

    func testAnEngineThatCannotTellRelatedTalksIsAskedOncePerSelectionAfterAPauseThenAtEachPoll() {
        let loop = loop(Harness(now: Date(timeIntervalSince1970: 1_700_000_000)), [.key(.down), .idle, .idle, .idle, .idle])
        _ = loop.run()
        let pause = BrowserLoop<FakeTerminal>.relatedPause, poll = BrowserLoop<FakeTerminal>.pollInterval
        XCTAssertEqual(loop.terminal.timeouts, [pause, 0, pause, poll, poll])
        XCTAssertNil(loop.state.related.position)
        XCTAssertEqual(loop.terminal.frames.count, 2, "no frame for related talks that did not come")
    }

    func testAResizeIsDrawnAtTheNewSize() {
        let small = TerminalSize(columns: 70, rows: 18)
        let loop = loop(Harness(), [.input(.resize(small)), .idle])
        _ = loop.run()
        XCTAssertEqual(loop.state.size, small)
        let frame = try? XCTUnwrap(loop.terminal.frames.last)
        XCTAssertEqual(frame?.width, 70)
        XCTAssertEqual(frame?.height, 18)
        XCTAssertTrue(loop.terminal.lastFrame[0].contains("Days"), loop.terminal.lastFrame.joined(separator: "\n"))
    }

    func testQAndCtrlCEndTheLoopAndNothingAfterThemIsRead() {
        for quit in [Key.character("q"), .control("c")] {
            let harness = Harness()
            let loop = loop(harness, [.key(.enter), .key(.enter), .key(quit), .key(.character("b"))])
            XCTAssertEqual(loop.run(), LoopEnd.quit)
            XCTAssertEqual(loop.terminal.unread, 1, "the key after \(quit.label) was not read")
            XCTAssertTrue(harness.savedIDs.isEmpty)
            XCTAssertEqual(loop.terminal.frames.count, 1, "no frame after quitting")
        }
    }

    func testASignalEndsTheLoopBeforeAnyInputIsRead() {
        let loop = loop(Harness(), [.key(.character("b"))])
        loop.terminal.pendingSignal = SIGTERM
        XCTAssertEqual(loop.run(), LoopEnd.signal(SIGTERM))
        XCTAssertEqual(loop.terminal.unread, 1)
    }
}

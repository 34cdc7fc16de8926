import XCTest
import Foundation
import LineupAgenda
import LineupModel
@testable import LineupTUI

/// Bookmarks whose talk is not in the loaded data are listed at the end of the agenda, and
/// can be selected and removed there (issue 11, defect 20).
final class AgendaMissingBookmarkTests: XCTestCase {
    /// A harness on the hand-built schedule whose bookmark file also holds a talk of the seeds
    /// that the hand-built schedule does not have.
    private func harnessWithAMissingBookmark() throws -> (Harness, Talk) {
        let seeds = SeedSchedule.seeds()
        let elsewhere = try XCTUnwrap(seeds.talks.first { $0.title.hasPrefix("Set Based Stochastic Subsampling") })
        let path = HarnessFiles.root + "/\(UUID().uuidString)/bookmarks.json"
        _ = try BookmarkStore(path: path).add([elsewhere], note: "ask about the sampler")
        var harness = Harness(bookmarksPath: path)
        XCTAssertNil(harness.state.schedule.talk(elsewhere.id))
        harness.send(.character("a"))
        return (harness, elsewhere)
    }

    func testTheCursorCanRestOnABookmarkThatIsNotLoaded() throws {
        let (harness, elsewhere) = try harnessWithAMissingBookmark()
        guard case .agenda(let screen) = harness.state.overlay else { return XCTFail("no agenda") }
        XCTAssertEqual(screen.selectedMissingBookmark?.id, elsewhere.id)
        XCTAssertTrue(harness.screen.contains { $0.contains("Set Based Stochastic Subsampling") })
    }

    func testBRemovesABookmarkThatIsNotInTheLoadedData() throws {
        var (harness, elsewhere) = try harnessWithAMissingBookmark()
        harness.send(.character("b"))
        XCTAssertFalse(harness.savedIDs.contains(elsewhere.id), "still in the bookmark file")
        XCTAssertTrue(harness.state.agenda.missing.isEmpty)
        XCTAssertEqual(harness.state.message?.isError, false)
        XCTAssertTrue(harness.state.message?.text.hasPrefix("Removed the bookmark of \u{201C}Set Based Stochastic") == true,
                      harness.state.message?.text ?? "no message")
        XCTAssertTrue(harness.screen.contains { $0.contains("No bookmarks yet") }, harness.screen.joined(separator: "\n"))
    }
}

import Foundation
import XCTest

/// `lineup show` on the shipped seeds (issue 11, defects 21 and 22).
final class ShowCommandTests: XCTestCase {
    func testIdsAreFoundInAnyCase() throws {
        for id in ["TC9D7095", "Tc9d7095c27cc3f17", "TC9D7095C27CC3F17"] {
            let result = try lineup(["show", id])
            XCTAssertEqual(result.status, 0, "\(id): \(result.stderr)")
            XCTAssertTrue(result.stdout.hasPrefix("Straight to the Gradient"), id)
        }
    }

    func testAnAmbiguousIdListsTheFirstTenItemsItBeginsWithTheirTitles() throws {
        let result = try lineup(["show", "t0"])
        XCTAssertEqual(result.status, 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Error: \"t0\" begins 12 ids; give more of it:")
        XCTAssertEqual(lines.count, 1 + 10 + 1, result.stderr)
        XCTAssertTrue(lines.contains("  t07e5f6a9b9da8046  Online Continual Learning through Mutual Information Maximization"))
        XCTAssertEqual(lines.last, "  … and 2 more")
        let few = try lineup(["show", "t07"])
        XCTAssertEqual(few.stderr.split(separator: "\n").count, 1 + 2, "every candidate listed when there are few: \(few.stderr)")
    }

    func testSingleStarEmphasisIsCleanedLikeBold() throws {
        let result = try lineup(["show", "t4915d74c48f8f144"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("an LLM-as-judge evaluation"), result.stdout)
        XCTAssertTrue(result.stdout.contains("can be easily integrated into"))
        XCTAssertFalse(result.stdout.contains("*"), result.stdout)
    }
}

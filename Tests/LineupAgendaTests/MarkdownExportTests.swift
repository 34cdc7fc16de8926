import LineupAgenda
import LineupModel
import XCTest

final class MarkdownExportTests: XCTestCase {
    let markdown = MarkdownExport.render(ExportFixture.agenda)

    func testTheAgendaReadsByDayInTheConferencesZoneThenTheReadingListThenWhatIsMissing() {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
        XCTAssertEqual(headings, [
            "# Agenda",
            "## Thu 22 Jul 2021 (times in America/Los\\_Angeles, UTC-07:00)",
            "## Tue 19 Jul 2022 (times in America/Los\\_Angeles, UTC-07:00)",
            "## Reading list",
            "## Not in the loaded data",
        ])
        XCTAssertTrue(markdown.contains("4 talks on 2 days, 1 clash; 1 paper to read; 1 bookmark not found."))
        XCTAssertTrue(markdown.contains("- **18:00-18:10** Q&A  \n"))
        XCTAssertTrue(markdown.contains("- A talk no longer loaded (was at 2021-07-23T00:00:00Z), id t-gone\n"))
    }

    func testClashingTalksAreMarkedAndNameEachOther() {
        XCTAssertTrue(markdown.contains("- **11:00-11:20** Monarch: \\*Expressive\\*, Structured ⚠ **clash**  \n"
            + "  Oral, Outstanding Paper Runner Up · DL: Algorithms · Ballroom 1 & 2\n"
            + "  Tri Dao, Beidi Chen\n"
            + "  ⚠ Clashes with A clashing spotlight\n"
            + "  Note: front row\n"), markdown)
        XCTAssertTrue(markdown.contains("  ⚠ Clashes with Monarch: \\*Expressive\\*, Structured\n"))
        XCTAssertFalse(markdown.contains("After the break ⚠"))
    }

    func testFreeTimeBetweenTalksIsShown() {
        XCTAssertTrue(markdown.contains("- *Free: 11:30-12:30 (1 h)*\n- **12:30-12:50** After the break"), markdown)
    }

    func testTextFromDataCannotCarryControlBytesNorBreakTheLayout() {
        XCTAssertFalse(markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        XCTAssertFalse(markdown.contains("pwned"), "an OSC sequence is dropped whole")
        XCTAssertTrue(markdown.contains("- **Pointer, \"Networks\" second line**  \n"
            + "  Daily Papers · 3 authors · published 2023-10-05 · 4 upvotes\n"), markdown)
    }

    func testAnEmptyAgendaSaysSo() {
        XCTAssertEqual(MarkdownExport.render(.empty), "# Agenda\n\n0 talks on 0 days.\n")
    }
}

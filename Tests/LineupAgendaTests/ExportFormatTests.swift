import LineupAgenda
import XCTest

final class ExportFormatTests: XCTestCase {
    func testEachFormatRendersWithItsOwnExporter() {
        let agenda = ExportFixture.agenda, now = ExportFixture.now
        XCTAssertEqual(ExportFormat.allCases.map(\.rawValue), ["ics", "md", "csv", "json"])
        XCTAssertEqual(ExportFormat.ics.render(agenda, now: now), ICalendarExport.render(agenda, now: now))
        XCTAssertEqual(ExportFormat.md.render(agenda, now: now), MarkdownExport.render(agenda))
        XCTAssertEqual(ExportFormat.csv.render(agenda, now: now), CSVExport.render(agenda))
        XCTAssertEqual(ExportFormat.json.render(agenda, now: now), JSONExport.render(agenda))
        XCTAssertEqual(ExportFormat(rawValue: "md")?.displayName, "Markdown")
    }

    func testTheFormatComesFromTheExtensionAsTheCommandLineReadsIt() {
        XCTAssertEqual(ExportFormat(fileName: "a/agenda.CSV"), .csv)
        XCTAssertEqual(ExportFormat(fileName: "plan.markdown"), .md)
        XCTAssertEqual(ExportFormat(fileName: "cal.ical"), .ics)
        XCTAssertNil(ExportFormat(fileName: "agenda.txt"))
        XCTAssertNil(ExportFormat(fileName: "agenda"))
    }
}

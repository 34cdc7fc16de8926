import LineupImport
import LineupModel
import Testing

@Suite("Formats are told from content, never from file names")
struct FormatDetectorTests {
    func format(of fileName: String, as name: String) throws -> Source.Format? {
        ScheduleImporter.importFile(bytes: try SeedData.bytes(fileName), path: name, context: ImportContext(fileName: name)).format
    }

    @Test("Each seed is recognised whatever its name")
    func seedsUnderOtherNames() throws {
        #expect(try format(of: "icml2021-applications-3.txt", as: "listing.json") == .sessionPage)
        #expect(try format(of: "daily-papers-dec-8.txt", as: "session.txt") == .dailyPapers)
        #expect(try format(of: "daily-papers-oct-13.txt", as: "noextension") == .dailyPapers)
    }

    @Test("Text of no known shape is an error naming the file")
    func unknownText() {
        let result = ScheduleImporter.importText("Dear diary,\n\ntoday nothing happened.\n", path: "diary.txt",
                                                 context: ImportContext(fileName: "diary.txt"))
        #expect(result.format == nil)
        #expect(result.diagnostics.map(\.description) ==
            ["diary.txt: error: not a schedule Lineup reads (a session page, a Daily Papers listing, frab XML or JSON, iCalendar, Sessionize, MiniConf or a Lineup JSON schedule)"])
    }

    @Test("JSON that is not a Lineup schedule is an error naming the file")
    func foreignJSON() {
        let result = ScheduleImporter.importText(#"{"hello": "world"}"#, path: "other.json", context: ImportContext(fileName: "other.json"))
        #expect(result.format == nil)
        #expect(result.diagnostics.first?.file == "other.json")
        #expect(result.diagnostics.first?.severity == .error)
    }
}

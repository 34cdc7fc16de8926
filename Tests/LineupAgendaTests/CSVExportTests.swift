import Foundation
import LineupAgenda
import LineupModel
import XCTest

final class CSVExportTests: XCTestCase {
    let csv = CSVExport.render(ExportFixture.agenda)

    func testRowsEndInCRLFAndQuoteOnlyFieldsThatNeedIt() {
        XCTAssertTrue(csv.hasPrefix("section,id,title,kind,award,day,start,end,timezone,session,room,moderator,authors,clashes_with,links,source,note,track,url,local_start,local_end,status\r\n"))
        XCTAssertTrue(csv.contains("\r\nreading,t-pointer,\"Pointer, \"\"Networks\"\"\nsecond line\",paper,"), csv)
        XCTAssertTrue(csv.contains("\r\nagenda,t-evening,After the break,spotlight,,2022-07-19,2022-07-19T19:30:00Z,"))
        XCTAssertTrue(csv.hasSuffix("\r\n"))
    }

    func testPythonsCSVReaderGetsBackEveryFieldExactly() throws {
        let directory = try temporaryDirectory(for: self)
        let file = directory + "/agenda.csv"
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let script = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let result = try runTool("/usr/bin/python3", ["-c", script, file])
        XCTAssertEqual(result.status, 0, result.error)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
        XCTAssertEqual(rows.count, 1 + 5 + 1)
        XCTAssertEqual(rows.map { $0.count }, Array(repeating: CSVExport.columns.count, count: 7))
        XCTAssertEqual(rows.dropFirst().map { $0[1] }, ["t-qa", "t-monarch", "t-spot", "t-evening", "t-pointer", "t-gone"])
        XCTAssertEqual(rows.dropFirst().map { $0[0] }, ["agenda", "agenda", "agenda", "agenda", "reading", "missing"])
        let monarch = rows[2]
        XCTAssertEqual(monarch[2], ExportFixture.monarch.title, "CSV is data: the title is kept byte for byte")
        XCTAssertEqual(monarch[4], "Outstanding Paper Runner Up")
        XCTAssertEqual(monarch[12], "Tri Dao; Beidi Chen")
        XCTAssertEqual(monarch[13], "t-spot")
        XCTAssertEqual(monarch[16], "front row")
        XCTAssertEqual(rows[5][2], "Pointer, \"Networks\"\nsecond line")
    }

    func testCellsASpreadsheetWouldRunAsFormulasArriveAsText() throws {
        let formulas = ["=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rReturn"]
        var entries: [AgendaEntry] = []
        for (index, formula) in formulas.enumerated() {
            entries.append(AgendaEntry(talk: talk("t-\(index)", title: formula, startUTC: "2022-07-19T1\(index):00:00Z"),
                                       note: index == 0 ? "=1+1" : nil))
        }
        let directory = try temporaryDirectory(for: self)
        let file = directory + "/agenda.csv"
        try CSVExport.render(Agenda(entries: entries, missing: [])).write(toFile: file, atomically: true, encoding: .utf8)
        let script = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let result = try runTool("/usr/bin/python3", ["-c", script, file])
        XCTAssertEqual(result.status, 0, result.error)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
        XCTAssertEqual(rows.dropFirst().map { $0[2] }, formulas.map { "'" + $0 }, "each formula is prefixed with '")
        XCTAssertEqual(rows[1][16], "'=1+1", "notes too")
        XCTAssertEqual(rows[1][1], "t-0", "other cells are unchanged")
        XCTAssertEqual(rows[1][6], "2022-07-19T10:00:00Z")
    }
}

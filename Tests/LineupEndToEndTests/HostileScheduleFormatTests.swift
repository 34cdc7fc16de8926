import Foundation
import LineupModel
import Testing

/// The hostile files of issue 12 for the iCalendar, Sessionize and MiniConf readers, given to
/// the real binary under the suite's deadline.
extension HostileFileTests {
    @Test("An .ics with a 1 MB folded line imports, the line unfolded whole")
    func megabyteFoldedLine() throws {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:long@example\r\nSUMMARY:Long description\r\n"
        text += "DTSTART:20240301T100000Z\r\nDTEND:20240301T110000Z\r\n"
        var line = "DESCRIPTION:" + String(repeating: "ü", count: 500_000) // 1 MB of two-byte characters
        var folded = ""
        while !line.isEmpty {
            let chunk = line.prefix(37) // 74 octets of "ü", so folds never split one here
            folded += (folded.isEmpty ? "" : " ") + chunk + "\r\n"
            line.removeFirst(chunk.count)
        }
        text += folded + "END:VEVENT\r\nEND:VCALENDAR\r\n"
        let scratch = try Scratch()
        let file = try scratch.write("long.ics", Array(text.utf8))
        let result = try lineup(["list", "--json", "--data", file])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(items?.count == 1)
        #expect((items?.first?["abstract"] as? String)?.count == 500_000)
    }

    @Test("Sessionize and MiniConf JSON nested a million deep is refused, naming the file")
    func deepJSON() throws {
        let scratch = try Scratch()
        let deep = Array("{\"sessions\": ".utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        let sessionize = try scratch.write("deep-sessionize.json", deep)
        expectRefused(try lineup(["list", "--data", sessionize]), naming: sessionize)
        let array = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000) + [UInt8](repeating: UInt8(ascii: "]"), count: 1_000_000)
        let calendar = try scratch.write("deep-calendar.json", array)
        expectRefused(try lineup(["list", "--data", calendar]), naming: calendar)
    }

    @Test("A huge Sessionize file (3,000 sessions) and a 2 MB MiniConf abstract import within the deadline")
    func hugeJSON() throws {
        let scratch = try Scratch()
        var sessions: [String] = []
        for number in 0..<3_000 {
            let minute = number % 60
            sessions.append("""
                {"id": "\(number)", "title": "Session \(number)", "description": "\(String(repeating: "word ", count: 40))",
                 "startsAt": "2026-10-02T10:\(minute < 10 ? "0" : "")\(minute):00", "endsAt": "2026-10-02T11:00:00",
                 "speakers": ["s\(number % 100)"], "categoryItems": [], "roomId": \(number % 10)}
                """)
        }
        let speakers = (0..<100).map { "{\"id\": \"s\($0)\", \"fullName\": \"Speaker \($0)\"}" }
        let rooms = (0..<10).map { "{\"id\": \($0), \"name\": \"Room \($0)\", \"sort\": \($0)}" }
        let document = "{\"sessions\": [\(sessions.joined(separator: ","))], \"speakers\": [\(speakers.joined(separator: ","))], "
            + "\"rooms\": [\(rooms.joined(separator: ","))], \"categories\": [], \"questions\": []}"
        let sessionize = try scratch.write("huge-sessionize.json", Array(document.utf8))
        let listed = try lineup(["list", "--count", "--data", sessionize])
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        #expect(listed.stdout == "3000\n")

        let papers = "{\"p1\": {\"content\": {\"title\": \"Big\", \"authors\": [\"A\"], \"abstract\": \""
            + String(repeating: "x", count: 2_000_000) + "\"}}}"
        let miniConf = try scratch.write("huge-papers.json", Array(papers.utf8))
        let paper = try lineup(["list", "--count", "--data", miniConf])
        #expect(paper.status == 0, "stderr: \(paper.stderr)")
        #expect(paper.stdout == "1\n")
    }
}

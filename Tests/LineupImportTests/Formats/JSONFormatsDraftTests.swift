import Foundation
@testable import LineupImport
import LineupModel
import Testing

@Suite("JSON reading for Sessionize and MiniConf")
struct JSONFormatsDraftTests {
    @Test("Lines, key order, escapes and surrogate pairs")
    func tree() throws {
        let text = "{\n  \"b\": [1, 2.5e1, -3],\n  \"a\": \"x\\u00e9\\ud83d\\ude00\\n\",\n  \"c\": {\"d\": null, \"e\": true}\n}"
        let (root, nonFinite) = try JSONTreeReader.read(Array(text.utf8))
        #expect(nonFinite.isEmpty)
        #expect(root.members?.map(\.key) == ["b", "a", "c"])
        #expect(root["b"]?.elements?.compactMap(\.number) == [1, 25, -3])
        #expect(root["b"]?.line == 2)
        #expect(root["a"]?.string == "xé😀\n")
        #expect(root["c"]?["d"]?.isNull == true)
        #expect(root["c"]?["e"]?.bool == true)
        #expect(root["c"]?.line == 4)
    }

    @Test("Bare NaN and Infinity are read and their lines reported; bad JSON names its line")
    func nonStrict() throws {
        let (root, nonFinite) = try JSONTreeReader.read(Array("{\"a\": NaN,\n\"b\": -Infinity, \"c\": Infinity}".utf8))
        #expect(root["a"]?.number?.isNaN == true)
        #expect(root["b"]?.number == -.infinity)
        #expect(nonFinite == [1, 2, 2])
        #expect(throws: JSONTreeError.self) { try JSONTreeReader.read(Array("{\"a\": 1,\n\n \"b\" 2}".utf8)) }
        do {
            _ = try JSONTreeReader.read(Array("{\"a\": 1,\n\n \"b\" 2}".utf8))
        } catch {
            #expect(error.line == 3)
        }
        #expect(throws: JSONTreeError.self) { try JSONTreeReader.read(Array("[1] x".utf8)) }
        #expect(throws: JSONTreeError.self) { try JSONTreeReader.read(Array("\"open".utf8)) }
    }

    @Test("Nesting deeper than the limit is an error, not a crash")
    func deepNesting() {
        let deep = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(throws: JSONTreeError.self) { try JSONTreeReader.read(deep) }
    }

    @Test("ISO wall times: naive, Z, offsets, fractions")
    func isoTimes() {
        let base = LocalDate(year: 2026, month: 10, day: 2)!.daysSinceEpoch * 86_400 + 9 * 3600
        #expect(ISOWallTime.parse("2026-10-02T09:00:00")?.wall == base)
        #expect(ISOWallTime.parse("2026-10-02T09:00:00")?.offset == nil)
        #expect(ISOWallTime.parse("2026-10-02T09:00")?.wall == base)
        #expect(ISOWallTime.parse("2026-10-02T09:00:00.000+01:00")?.offset == 3600)
        #expect(ISOWallTime.parse("2026-10-02T09:00:00Z")?.offset == 0)
        #expect(ISOWallTime.parse("2026-10-02T09:00:00-0430")?.offset == -16_200)
        #expect(ISOWallTime.parse("2026-10-02") == nil)
        #expect(ISOWallTime.parse("2026-13-02T09:00:00") == nil)
        #expect(ISOWallTime.timing(start: "2026-10-02T09:00:00+01:00", end: "2026-10-02T10:00:00+01:00")
            == .instant(start: base - 3600, end: base, zoneID: nil, utcOffset: 3600))
        #expect(ISOWallTime.timing(start: "2026-10-02T09:00:00", end: nil) == .floating(start: base, end: nil))
    }

    static let sessionize = """
        {"sessions": [
          {"id": "2", "title": " Later talk ", "description": null, "startsAt": "2026-10-02T11:00:00",
           "endsAt": "2026-10-02T11:45:00", "isServiceSession": false, "speakers": ["b", "a"],
           "categoryItems": [11, 20], "roomId": 2, "status": "Accepted"},
          {"id": "1", "title": "Lunch", "startsAt": "2026-10-02T12:00:00", "endsAt": "2026-10-02T13:00:00",
           "isServiceSession": true, "speakers": [], "categoryItems": [], "roomId": 9},
          {"id": "3", "title": "No time", "startsAt": null}
        ],
        "speakers": [{"id": "a", "fullName": "Ada Lovelace"}, {"id": "b", "firstName": "Alan", "lastName": "Turing"}],
        "rooms": [{"id": 1, "name": "Hall B", "sort": 1}, {"id": 2, "name": "Hall A", "sort": 0}],
        "categories": [{"id": 1, "title": "Track", "items": [{"id": 11, "name": "Security"}]},
                       {"id": 2, "title": "Session format", "items": [{"id": 20, "name": "Workshop"}]}],
        "questions": []}
        """

    @Test("Sessionize: speakers by id in their order, room by id, rooms by sort, categories as track and kind, floating times")
    func sessionize() throws {
        let (root, _) = try JSONTreeReader.read(Array(Self.sessionize.utf8))
        #expect(SessionizeFormat.matches(root))
        let (draft, diagnostics) = SessionizeFormat.draft(root, file: "s.json")
        #expect(draft.rooms == ["Hall A", "Hall B"])
        #expect(draft.items.count == 2)
        let talk = draft.items[0]
        #expect(talk.title == "Later talk")
        #expect(talk.people == ["Alan Turing", "Ada Lovelace"])
        #expect(talk.room == "Hall A")
        #expect(talk.track == "Security")
        #expect(talk.kind == "Workshop")
        #expect(talk.abstract == "")
        #expect(talk.sourceID == "2")
        if case .floating = talk.timing {} else { Issue.record("Sessionize times are floating") }
        #expect(draft.items[1].kind == "service")
        #expect(diagnostics.map(\.line) == [5, 7])
    }

    @Test("MiniConf shapes are told apart by content")
    func miniConfShapes() throws {
        func shape(_ text: String) throws -> MiniConfFormat.Shape? {
            MiniConfFormat.shape(of: try JSONTreeReader.read(Array(text.utf8)).root)
        }
        #expect(try shape(#"[{"title": "Q&A", "start": "2020-04-29T11:00:00+00:00"}]"#) == .calendar)
        #expect(try shape(#"{"p1": {"content": {"title": "A paper", "authors": ["X"]}}}"#) == .papers)
        #expect(try shape(#"[{"UID": "p1", "title": "A paper", "authors": "X|Y", "abstract": ""}]"#) == .papers)
        #expect(try shape(#"{"sessions": {}, "papers": {}}"#) == .conference)
        #expect(try shape(#"{"workshops": [{"title": "W", "start_time": "2023-07-13T09:00:00"}]}"#) == .booklet)
        #expect(try shape(#"{"something": 1}"#) == nil)
    }

    static let conference = """
        {"sessions": {
           "s9": {"id": "s9", "name": "Session 9", "start_time": "2024-03-20T09:00:00+01:00", "end_time": "2024-03-20T10:30:00+01:00",
                  "events": {"e1": {"id": "e1", "room": "Radisson", "paper_ids": ["10"], "start_time": null, "end_time": null}},
                  "plenary_events": {}, "tutorial_events": {}, "workshop_events": {}},
           "s11": {"id": "s11", "name": "Session 11", "start_time": "2024-03-20T14:00:00+01:00", "end_time": "2024-03-20T15:30:00+01:00",
                  "events": {"e2": {"id": "e2", "room": NaN, "paper_ids": ["10"], "start_time": "2024-03-20T14:00:00+01:00",
                                    "end_time": "2024-03-20T15:00:00+01:00"},
                             "break": {"id": "break", "session": "Coffee", "paper_ids": [], "start_time": "2024-03-20T15:00:00",
                                       "end_time": "2024-03-20T15:30:00"}},
                  "plenary_events": {}, "tutorial_events": {},
                  "workshop_events": {"CASE": {"id": "CASE", "title": "CASE", "start_time": null, "end_time": null, "room": "Reading",
                                               "committee": [{"full_name": "Ali H"}]}}}},
         "papers": {"10": {"id": "10", "title": "Next Visit", "authors": ["Heejoon Koo"], "abstract": "", "track": "NLP"},
                    "11": {"id": "11", "title": "Unpresented", "authors": ["X"]}},
         "plenaries": {}, "tutorials": {}, "workshops": {"CASE": {"id": "CASE"}}}
        """

    @Test("ACL conference.json: one item per presentation, events without times take their session's, unplaced papers untimed")
    func conference() throws {
        let (root, nonFinite) = try JSONTreeReader.read(Array(Self.conference.utf8))
        #expect(nonFinite == [6])
        let (draft, _) = MiniConfFormat.draft(root, shape: .conference, file: "c.json")
        #expect(draft.items.map(\.title) == ["Next Visit", "Next Visit", "Coffee", "CASE", "Unpresented"])
        let base = LocalDate(year: 2024, month: 3, day: 20)!.daysSinceEpoch * 86_400
        #expect(draft.items[0].timing == .instant(start: base + 8 * 3600, end: base + 9 * 3600 + 1800, zoneID: nil, utcOffset: 3600))
        #expect(draft.items[0].room == "Radisson")
        #expect(draft.items[1].timing.startSeconds == base + 13 * 3600)
        #expect(draft.items[1].room == nil)
        #expect(draft.items[0].idKey != draft.items[1].idKey)
        #expect(draft.items[2].timing == .floating(start: base + 15 * 3600, end: base + 15 * 3600 + 1800))
        #expect(draft.items[3].timing.startSeconds == base + 13 * 3600)
        #expect(draft.items[3].people == ["Ali H"])
        #expect(draft.items[4].timing == .untimed)
        #expect(draft.sessions.map(\.itemIndices) == [[0], [1, 2, 3]])
    }
}

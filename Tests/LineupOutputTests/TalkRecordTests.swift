import Foundation
import LineupModel
import LineupOutput
import Testing

@Suite("The JSON record of an item")
struct TalkRecordTests {
    @Test("A record has exactly the documented keys, with nulls for what the item lacks")
    func recordHasTheContractKeysWithNulls() throws {
        let session = Session(id: "s1", kind: .slots, title: "S", source: "p.txt", conference: "C")
        let talk = Talk(id: TalkID.derive(["s1", "T"]), title: "T", kind: .spotlight,
                        sessionID: session.id, session: session.title, source: session.source)
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(TalkRecord(talk))) as? [String: Any])
        #expect(Set(object.keys) == ["id", "title", "authors", "kind", "award", "start", "end", "timezone",
                                     "day", "session", "room", "moderator", "abstract", "links", "source",
                                     "published", "upvotes", "authorCount", "alsoListedIn", "localStart",
                                     "localEnd", "track", "language", "subtitle", "url", "sourceID", "conference",
                                     "status"])
        #expect(object["award"] is NSNull)
        #expect(object["start"] is NSNull)
        #expect(object["kind"] as? String == "spotlight")
        for key in ["localStart", "localEnd", "track", "language", "subtitle", "url", "sourceID", "conference", "status"] {
            #expect(object[key] is NSNull, "\(key)")
        }
    }

    @Test("A floating item: no instants, its wall clock as given; the real formats' fields and the conference")
    func floatingRecord() throws {
        let talk = Talk(id: TalkID.fromSource(namespace: "fosdem", sourceID: "10528"), title: "TurtleStitch",
                        kind: .other("devroom"), day: LocalDate(year: 2024, month: 2, day: 3), sessionID: "r",
                        session: "J.1.106", room: "J.1.106", source: "fosdem.xml",
                        floatingStart: LocalDateTime(iso: "2024-02-03T10:30"), floatingEnd: LocalDateTime(iso: "2024-02-03T11:30:30"),
                        subtitle: "Sub", track: "Education", language: "en", url: "https://fosdem.org/t",
                        sourceID: "10528", status: .cancelled)
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(TalkRecord(talk, conference: "FOSDEM 2024")))
                as? [String: Any])
        #expect(object["start"] is NSNull && object["end"] is NSNull && object["timezone"] is NSNull)
        #expect(object["localStart"] as? String == "2024-02-03T10:30")
        #expect(object["localEnd"] as? String == "2024-02-03T11:30")
        #expect(object["track"] as? String == "Education" && object["language"] as? String == "en")
        #expect(object["subtitle"] as? String == "Sub" && object["url"] as? String == "https://fosdem.org/t")
        #expect(object["sourceID"] as? String == "10528" && object["conference"] as? String == "FOSDEM 2024")
        #expect(object["status"] as? String == "cancelled" && object["kind"] as? String == "devroom")
        #expect(TalkTable.timeRange(talk) == "10:30-11:30")
    }
}

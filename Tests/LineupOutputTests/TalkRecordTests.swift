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
                                     "published", "upvotes", "authorCount", "alsoListedIn"])
        #expect(object["award"] is NSNull)
        #expect(object["start"] is NSNull)
        #expect(object["kind"] as? String == "spotlight")
    }
}

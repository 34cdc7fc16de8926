import Foundation
import LineupModel
import LineupOutput
import Testing

@Suite("The JSON record of a change")
struct ChangeRecordTests {
    static func talk(_ room: String, hour: Int, authors: [String]) -> Talk {
        let start = Date(timeIntervalSince1970: 1_419_944_400 + Double(hour - 14) * 3600)  // 2014-12-30 13:00Z + ...
        return Talk(id: TalkID.fromSource(namespace: "31c3", sourceID: "g"), title: "Let's Encrypt", authors: authors,
                    kind: .other("lecture"), start: start, end: start.addingTimeInterval(3600), utcOffset: 3600,
                    day: LocalDate(year: 2014, month: 12, day: 30), sessionID: "s", session: room, room: room,
                    source: "31c3.xml", sourceID: "g")
    }

    @Test("A moved item: the contract's keys, bookmarked first, before and after as list --json writes them")
    func movedRecord() throws {
        let before = Self.talk("Saal 6", hour: 14, authors: ["Seth Schoen"])
        let after = Self.talk("Saal 2", hour: 16, authors: ["Seth Schoen"])
        let added = Talk(id: "t1", title: "New", kind: .other("talk"), sessionID: "s", session: "S", source: "31c3.xml")
        let changes = ScheduleChanges(items: [
            ItemChange(kind: .added, id: added.id, after: added),
            ItemChange(kind: .moved, id: after.id, previousID: before.id, fields: [.start, .room], before: before, after: after),
        ])
        let json = try ChangeRecord.json(changes) { $0 == before.id }
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let moved = array[0]
        #expect(Set(moved.keys) == ["change", "id", "title", "bookmarked", "fields", "before", "after"])
        #expect(moved["change"] as? String == "moved")
        #expect(moved["id"] as? String == after.id.rawValue)
        #expect(moved["title"] as? String == "Let's Encrypt")
        #expect(moved["bookmarked"] as? Bool == true)
        #expect(moved["fields"] as? [String] == ["start", "room"])
        let old = try #require(moved["before"] as? [String: Any])
        let new = try #require(moved["after"] as? [String: Any])
        #expect(old["room"] as? String == "Saal 6" && new["room"] as? String == "Saal 2")
        #expect(old["start"] as? String == "2014-12-30T13:00:00Z" && new["start"] as? String == "2014-12-30T15:00:00Z")
        #expect(new["localStart"] as? String == "2014-12-30T16:00" && new["end"] as? String == "2014-12-30T16:00:00Z")
        #expect(new["day"] as? String == "2014-12-30" && new["authors"] as? [String] == ["Seth Schoen"])
        #expect(new["status"] as? String == "scheduled")
        let addedRecord = array[1]
        #expect(addedRecord["change"] as? String == "added" && addedRecord["bookmarked"] as? Bool == false)
        #expect(addedRecord["before"] is NSNull)
        #expect((addedRecord["after"] as? [String: Any])?["start"] is NSNull)
        #expect(addedRecord["fields"] as? [String] == [])
    }
}

import Foundation
import LineupImport
import LineupModel
import Testing

/// The real update pair of ../shared/fixtures/frab-xml with the facts issue 13 gives.
@Suite("Changes in the real 31C3 update, v1.3 -> v1.4", .enabled(if: SharedFixtures.available, SharedFixtures.skipNote))
struct ScheduleChangesFixtureTests {
    let old = SharedFixtures.schedule("frab-xml/31c3-v1.3.xml").schedule
    let new = SharedFixtures.schedule("frab-xml/31c3-v1.4.xml").schedule

    /// The frab event id each change is of (items' source ids are the guids), sorted, per kind.
    func eventIDs(_ changes: ScheduleChanges) throws -> [ItemChange.Kind: [String]] {
        let numbers = try Self.eventNumbers("frab-xml/31c3-v1.3.xml").merging(
            try Self.eventNumbers("frab-xml/31c3-v1.4.xml")) { first, _ in first }
        var ids: [ItemChange.Kind: [String]] = [:]
        for change in changes.items {
            let guid = (change.after ?? change.before)?.sourceID ?? ""
            ids[change.kind, default: []].append(numbers[guid] ?? "no id for \(guid)")
        }
        return ids.mapValues { $0.sorted() }
    }

    /// guid -> event id, from the file's `<event guid='…' id='…'>` lines.
    static func eventNumbers(_ file: String) throws -> [String: String] {
        let text = try String(contentsOf: SharedFixtures.directory.appendingPathComponent(file), encoding: .utf8)
        var numbers: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("<event guid='") {
            let parts = line.split(separator: "'")
            if parts.count >= 4 { numbers[String(parts[1])] = String(parts[3]) }
        }
        return numbers
    }

    @Test("3 added, 1 removed, 1 moved, 4 speaker lists and 2 descriptions; nothing else")
    func exactChanges() throws {
        let changes = ScheduleChanges.between(old: old, new: new)
        #expect(changes.count == 11)
        #expect(try eventIDs(changes) == [
            .added: ["6602", "6606", "6607"],
            .removed: ["6365"],
            .moved: ["6397"],
            .speakers: ["6180", "6226", "6291", "6597"],
            .other: ["5960", "6148"],
        ])
        let moved = try #require(changes.items.first { $0.kind == .moved })
        #expect(moved.title == "Let's Encrypt")
        #expect(moved.fields == [.room])
        #expect(moved.before?.room == "Saal 6" && moved.after?.room == "Saal 2")
        #expect(moved.id == moved.previousID)
        #expect(moved.after?.localStart?.iso == "2014-12-30T14:00")
        let removed = try #require(changes.items.first { $0.kind == .removed })
        #expect(removed.title == "Blow Stuff Up With Your Brain" && removed.after == nil)
        let grace = try #require(changes.items.first { $0.title == "Doing right by sources, done right" })
        #expect(grace.before?.authors.contains("gracefire") == true && grace.after?.authors.contains("Grace North") == true)
        #expect(changes.items.filter { $0.kind == .other }.allSatisfy { $0.fields == [.description] })
        #expect(changes.renamedIDs.isEmpty)
        // The newer version has not moved on: no changes back to itself.
        #expect(ScheduleChanges.between(old: new, new: new).isEmpty)
    }

    @Test("The update keeps 6365 as cancelled in Saal 6 and shows 6397 in Saal 2")
    func updateKeepsTheRemovedTalk() throws {
        let update = ScheduleUpdate(from: old, to: new)
        #expect(update.schedule.talks.count == 140)
        let brain = try #require(update.schedule.talks.first { $0.title == "Blow Stuff Up With Your Brain" })
        #expect(brain.status == .cancelled && brain.room == "Saal 6")
        #expect(update.schedule.talks.filter { $0.status == .cancelled }.count == 1)
        let encrypt = try #require(update.schedule.talks.first { $0.title == "Let's Encrypt" })
        #expect(encrypt.room == "Saal 2" && encrypt.status == .scheduled)
        #expect(ScheduleUpdate(from: update.schedule, to: new).changes.isEmpty)
    }
}

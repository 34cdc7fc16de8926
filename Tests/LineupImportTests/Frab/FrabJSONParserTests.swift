import Foundation
import LineupImport
import LineupModel
import Testing

/// Small frab/pretalx JSON files of our own: version 1 and the flat schedule2 shape.
@Suite("frab/pretalx schedule JSON")
struct FrabJSONParserTests {
    func parse(_ json: String, file: String = "s.json") -> ImportedFile {
        ScheduleImporter.importFile(bytes: Array(json.utf8), path: file, context: ImportContext(fileName: file))
    }

    func talks(_ imported: ImportedFile) -> [Talk] { imported.fragments.flatMap(\.talks) }

    func iso(_ date: Date?) -> String? { date.map(ISOInstant.format) }

    static let version1 = """
    {"$schema": "x", "schedule": {"version": "1", "extra": {"a": [1, 2]},
     "conference": {"acronym": "demo", "title": "Demo Con", "time_zone_name": "US/Eastern",
      "rooms": [{"name": "Big", "guid": null}, {"name": "Small", "guid": null}],
      "days": [{"index": 1, "date": "2025-03-17", "day_start": "2025-03-17T04:00:00-04:00",
                "day_end": "2025-03-18T03:59:00-04:00",
       "rooms": {
        "Small": [{"id": 7, "guid": null, "date": "2025-03-18T01:00:00-04:00", "start": "01:00",
                   "duration": "00:30", "room": "Small", "title": "Night owls", "answers": [],
                   "persons": [{"id": 1, "public_name": "Ada"}, {"name": "Grace"}],
                   "links": [{"url": "https://v.org/1", "title": "Video"}], "attachments": []}],
        "Big": [{"id": "8", "guid": "g-8", "date": "2025-03-17T13:00:00-04:00", "start": "13:00",
                 "duration": "04:00:00", "room": "Big", "title": "Jam", "subtitle": "", "track": "Core",
                 "type": "Workshop", "language": "en", "abstract": "A\\r\\nB", "description": null,
                 "url": "https://c.org/jam", "persons": []}]}}]}}}
    """

    @Test("Version 1: rooms in the conference's order, null guids, numeric ids, extra keys, alias zone")
    func versionOne() throws {
        let imported = parse(Self.version1, file: "data.txt")
        #expect(imported.format == .frabJSON)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        let items = talks(imported)
        #expect(items.map(\.title) == ["Jam", "Night owls"])  // Big before Small, as conference.rooms lists them
        let jam = try #require(items.first)
        #expect(iso(jam.start) == "2025-03-17T17:00:00Z" && iso(jam.end) == "2025-03-17T21:00:00Z")
        #expect(jam.timeZoneID == "US/Eastern" && jam.sourceID == "g-8" && jam.subtitle == nil && jam.track == "Core")
        #expect(jam.abstract == "A\nB" && jam.description == "" && jam.url == "https://c.org/jam")
        #expect(jam.id == TalkID.fromSource(namespace: "demo", sourceID: "g-8"))
        let owls = try #require(items.last)
        #expect(owls.sourceID == "7" && owls.authors == ["Ada", "Grace"])
        #expect(owls.day == LocalDate(year: 2025, month: 3, day: 17))  // 01:00 the next morning, filed under day 1
        #expect(owls.resources == [TalkLink(url: "https://v.org/1", title: "Video")])
        #expect(owls.line == 7)
        let source = try #require(imported.fragments.first?.source)
        #expect(source.name == "Demo Con" && source.acronym == "demo" && source.format == .frabJSON)
        #expect(imported.fragments.first?.sessions.map(\.title) == ["Big", "Small"])
    }

    @Test("The flat schedule2 shape: ISO start and end, room and track objects, participants, localised texts, cancellation")
    func versionTwo() throws {
        let json = """
        {"schedule": {"version": "2", "conference": {"acronym": "rc3", "title": "rC3", "time_zone_name": "Europe/Berlin",
          "day_change": "06:00",
          "days": [{"index": 1, "date": "2020-12-27", "start": "2020-12-27T06:00:00+01:00", "end": "2020-12-28T06:00:00+01:00"}]},
         "events": [
          {"guid": "e1", "start": "2020-12-28T01:00:00+01:00", "end": "2020-12-28T02:30:00+01:00",
           "room": {"name": "Stage", "guid": "r1"}, "track": {"slug": "art", "name": "Art"}, "type": "TALK",
           "title": "Late", "abstract": {"de": "Spät", "en": "Late one"}, "participants": [{"name": "Ida", "role": "SPEAKER"}],
           "state": "CANCELED", "links": [], "language": "en"},
          {"guid": "e2", "start": "2020-12-27T10:00:00+01:00", "duration": "PT45M", "room": "Stage", "title": "Early"}]}}
        """
        let imported = parse(json)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        let items = talks(imported)
        #expect(items.map(\.title) == ["Early", "Late"])
        let late = try #require(items.last)
        #expect(iso(late.start) == "2020-12-28T00:00:00Z" && iso(late.end) == "2020-12-28T01:30:00Z")
        #expect(late.day == LocalDate(year: 2020, month: 12, day: 27))  // inside the day's span
        #expect(late.room == "Stage" && late.track == "Art" && late.abstract == "Late one" && late.authors == ["Ida"])
        #expect(late.status == .cancelled && late.kind == .other("TALK"))
        #expect(iso(items.first?.end) == "2020-12-27T09:45:00Z")
    }

    @Test("Broken pieces are warnings with lines; a JSON Schema or other JSON is not a schedule")
    func brokenAndForeign() throws {
        let json = """
        {"schedule": {"conference": {"title": "C", "days": [{"date": "2024-01-01",
          "rooms": {"R": [
            "not an event",
            {"id": 1, "start": "10:00", "duration": "1 hour", "title": "T"}],
           "S": 5}}]}}}
        """
        let imported = parse(json)
        #expect(talks(imported).map(\.title) == ["T"])
        #expect(imported.diagnostics.compactMap(\.line).sorted() == [3, 4, 5])
        #expect(imported.diagnostics.allSatisfy { $0.severity == .warning && $0.file == "s.json" })
        let schema = parse(#"{"$schema": "http://json-schema.org/draft-06/schema#", "properties": {"schedule": {}}}"#)
        #expect(schema.failure?.reason == .unknownFormat)
        let truncated = parse(#"{"schedule": {"conference": {"title": "C", "days": ["#)
        #expect(truncated.failure != nil)
        #expect(truncated.diagnostics.first?.file == "s.json")
    }

    @Test("Keys in any order: flat events after the days', the date's warning before its events', first of a repeated key")
    func keysInAnyOrder() throws {
        let json = """
        {"schedule": {"events": [{"guid": "flat", "start": "2024-01-01T12:00:00+01:00", "title": "Flat"}],
         "conference": {"title": "First", "days": [{"rooms": {"B": [{"id": 2, "start": "09:00", "duration": "soon",
            "title": "Bee"}], "A": [{"id": 1, "date": "2024-01-01T10:00:00+01:00", "title": "Ay", "title": "Not this"}]},
            "date": "soon", "date": "2024-01-01", "rooms": {"C": [{"id": 3, "title": "Hidden"}]}}],
          "days": [{"date": "2024-01-02"}], "title": "Second",
          "rooms": [{"name": "A"}, {"name": "B"}]}, "conference": 7}, "schedule": null}
        """
        let imported = parse(json)
        #expect(imported.format == .frabJSON)
        // Room A before B, as the conference's list (after the days) gives them; the flat event last.
        #expect(talks(imported).map(\.title) == ["Ay", "Bee", "Flat"])
        #expect(imported.fragments.first?.source.name == "First")
        let messages = imported.diagnostics.map(\.message)
        let dateWarning = try #require(messages.firstIndex { $0.contains("day \"soon\" is not a date") })
        let durationWarning = try #require(messages.firstIndex { $0.contains("duration \"soon\"") })
        #expect(dateWarning < durationWarning)
        #expect(imported.diagnostics[dateWarning].line == 2)
        #expect(!talks(imported).contains { $0.title == "Hidden" || $0.title == "Not this" })
    }

    @Test("Bare NaN in a frab file is read as missing, with one warning naming its line; invalid JSON anywhere is not frab")
    func nonStrictAndInvalid() throws {
        let json = """
        {"schedule": {"conference": {"title": "C", "days": [{"date": "2024-01-01", "rooms": {"R": [
          {"id": 1, "date": "2024-01-01T10:00:00+01:00", "title": "T", "score": NaN}]}}]}}}
        """
        let imported = parse(json)
        #expect(talks(imported).map(\.title) == ["T"])
        #expect(imported.diagnostics.map(\.line) == [2])
        #expect(imported.diagnostics.first?.message.hasPrefix("not strict JSON: 1 bare NaN") == true)
        let trailing = parse(json + " x")
        #expect(trailing.failure != nil && trailing.fragments.isEmpty)
    }
}

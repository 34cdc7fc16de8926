import Foundation
import LineupImport
import LineupModel
import Testing

@Suite("The native JSON schedule")
struct NativeScheduleFormatTests {
    func roundTrip(_ schedule: Schedule) throws -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        let bytes = [UInt8](try NativeScheduleFormat.encode(schedule))
        let imported = ScheduleImporter.importFile(bytes: bytes, path: "schedule.json",
                                                   context: ImportContext(fileName: "schedule.json"))
        #expect(imported.format == .native)
        let assembled = Schedule.assemble(imported.fragments)
        return (assembled.schedule, imported.diagnostics + assembled.diagnostics)
    }

    @Test("Writing the shipped schedule and reading it back loses nothing")
    func seedRoundTrip() throws {
        let original = SeedData.schedule
        let (copy, diagnostics) = try roundTrip(original)
        #expect(diagnostics.isEmpty)
        #expect(copy.sources == original.sources)
        #expect(copy.sessions == original.sessions)
        #expect(copy.talks == original.talks)
        #expect(copy.days == original.days)
    }

    @Test("Every optional field survives, set and unset, including other kinds and written offsets")
    func everyField() throws {
        let session = Session(id: "s1", kind: .slots, title: "Odd", room: "R", moderator: "M", source: "odd.txt",
                              conference: "Conf", day: LocalDate(year: 2024, month: 2, day: 29),
                              timeZoneID: nil, utcOffset: 19800, start: instant("2024-02-29T04:30:00Z"),
                              end: instant("2024-02-29T05:00:00Z"), talkIDs: ["t1", "t2"])
        let full = Talk(id: "t1", title: "Full", authors: ["A", "王"], authorCount: 2, kind: .other("Poster"),
                        awards: ["Best", "Runner Up"], start: instant("2024-02-29T04:30:00Z"),
                        end: instant("2024-02-29T05:00:00Z"), timeZoneID: nil, utcOffset: 19800,
                        day: LocalDate(year: 2024, month: 2, day: 29), sessionID: "s1", session: "Odd", room: "R",
                        moderator: "M", abstract: "Line\n\nnext \u{1B}[31m", links: ["https://a.org"], source: "odd.txt",
                        line: 12, published: LocalDate(year: 2023, month: 1, day: 1), upvotes: 0)
        let bare = Talk(id: "t2", title: "Bare", kind: .paper, sessionID: "s1", session: "Odd", source: "odd.txt")
        let fragment = ScheduleFragment(source: Source(fileName: "odd.txt", name: "Conf", format: .sessionPage, year: 2024),
                                        sessions: [session], talks: [full, bare])
        let original = Schedule.assemble([fragment]).schedule
        let (copy, _) = try roundTrip(original)
        #expect(copy.talks == original.talks)
        #expect(copy.sessions == original.sessions)
        #expect(copy.sources == original.sources)
    }

    @Test("The real formats' fields survive: floating times, track, links, source id, status, acronym, rooms")
    func realFormatFields() throws {
        let start = LocalDateTime(iso: "2024-02-03T10:30"), end = LocalDateTime(iso: "2024-02-03T11:30")
        let room = Session(id: "r1", kind: .room, title: "J.1.106", room: "J.1.106", source: "fosdem.xml",
                           conference: "FOSDEM 2024", day: LocalDate(year: 2024, month: 2, day: 3), talkIDs: ["t1", "t2"],
                           floatingStart: start, floatingEnd: end)
        let full = Talk(id: "t1", title: "Creative Coding with TurtleStitch", authors: ["Pauline Maas"],
                        kind: .other("workshop"), day: LocalDate(year: 2024, month: 2, day: 3), sessionID: "r1",
                        session: "J.1.106", room: "J.1.106", abstract: "<p>Stitch</p>", source: "fosdem.xml", line: 40,
                        floatingStart: start, floatingEnd: end, subtitle: "Sub", track: "Educational",
                        language: "en", description: "Longer", url: "https://fosdem.org/2024/x",
                        resources: [TalkLink(url: "https://a.org/s.pdf", title: "Slides", kind: .attachment),
                                    TalkLink(url: "https://b.org")],
                        sourceID: "15243", status: .cancelled)
        let bare = Talk(id: "t2", title: "Bare", kind: .other("talk"), sessionID: "r1", session: "J.1.106",
                        source: "fosdem.xml", floatingStart: start)
        let fragment = ScheduleFragment(source: Source(fileName: "fosdem.xml", name: "FOSDEM 2024", format: .frabXML,
                                                       acronym: "fosdem2024"),
                                        sessions: [room], talks: [full, bare])
        let original = Schedule.assemble([fragment]).schedule
        let (copy, diagnostics) = try roundTrip(original)
        #expect(diagnostics.isEmpty)
        #expect(copy.talks == original.talks)
        #expect(copy.sessions == original.sessions)
        #expect(copy.sources == original.sources)
        #expect(copy.talks.first?.resources.first?.kind == .attachment)
        let json = String(decoding: try NativeScheduleFormat.encode(original), as: UTF8.self)
        #expect(json.contains(#""floatingStart" : "2024-02-03T10:30""#))
        #expect(json.contains(#""version" : 2"#))
    }

    @Test("A floating end before its start, or without a start, is an error naming the file")
    func floatingOrder() {
        let talk = #"{"id": "t1", "title": "T", "authors": [], "authorCount": 0, "kind": "talk", "awards": [], "sessionID": "s", "session": "S", "abstract": "", "links": [], "source": "f", "line": 1, "alsoListedIn": [], "#
        let document = #"{"format": "lineup-schedule", "version": 2, "sources": [], "sessions": [], "talks": ["#
        #expect(decodeError(document + talk + #""floatingStart": "2024-02-03T10:30", "floatingEnd": "2024-02-03T09:00"}]}"#)?
            .contains("ends (2024-02-03T09:00) before it starts") == true)
        #expect(decodeError(document + talk + #""floatingEnd": "2024-02-03T09:00"}]}"#)?.contains("no floating start") == true)
        #expect(decodeError(document + talk + #""floatingStart": "soon"}]}"#)?.contains("s.json") == true)
    }

    func decodeError(_ json: String) -> String? {
        do {
            _ = try NativeScheduleFormat.decode(Array(json.utf8), path: "s.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("A newer version, another format, a missing key and a bad instant are errors naming the file")
    func invalidDocuments() {
        #expect(decodeError(#"{"format": "lineup-schedule", "version": 3, "sources": [], "sessions": [], "talks": []}"#)
            == "s.json: error: not a valid Lineup JSON schedule: it is version 3, written by a newer Lineup (this one reads up to 2)")
        #expect(decodeError(#"{"format": "bookmarks", "version": 1}"#)
            == "s.json: error: not a valid Lineup JSON schedule: its \"format\" is \"bookmarks\", not \"lineup-schedule\"")
        #expect(decodeError(#"{"format": "lineup-schedule", "version": 1, "sources": [], "sessions": []}"#)
            == "s.json: error: not a valid Lineup JSON schedule: missing key \"talks\" at the top level")
        let badInstant = #"{"format": "lineup-schedule", "version": 1, "sources": [], "talks": [], "sessions": [{"id": "s", "kind": "slots", "title": "T", "source": "f", "conference": "C", "start": "yesterday", "talkIDs": []}]}"#
        #expect(decodeError(badInstant)
            == "s.json: error: not a valid Lineup JSON schedule: session s start \"yesterday\" is not an ISO 8601 instant")
        #expect(decodeError("{ not json") != nil)
    }

    @Test("Replacing is allowed over nothing or a Lineup schedule, never over another file")
    func replaceable() throws {
        let directory = try TemporaryDirectory()
        #expect(NativeScheduleFormat.isReplaceable(directory.path + "/new.json"))
        let schedule = try directory.write("old.json", bytes: [UInt8](try NativeScheduleFormat.encode(SeedData.schedule)))
        #expect(NativeScheduleFormat.isReplaceable(schedule))
        let bookmarks = try directory.write("bookmarks.json", #"{"bookmarks": []}"#)
        #expect(!NativeScheduleFormat.isReplaceable(bookmarks))
        #expect(!NativeScheduleFormat.isReplaceable(SeedData.path("icml2021-applications-3.txt")))
    }
}

@Suite("Out-of-range numbers in data are refused, never trapped on")
struct OutOfRangeTests {
    @Test("A UTC offset beyond 18 hours in a JSON schedule is an error naming the item")
    func hugeOffset() {
        let json = #"{"format": "lineup-schedule", "version": 1, "sources": [], "sessions": [], "talks": [{"id": "t1", "title": "T", "authors": [], "authorCount": 0, "kind": "oral", "awards": [], "utcOffset": -9223372036854775808, "sessionID": "s", "session": "S", "abstract": "", "links": [], "source": "f", "line": 1, "alsoListedIn": []}]}"#
        do {
            _ = try NativeScheduleFormat.decode(Array(json.utf8), path: "s.json")
            Issue.record("the offset was accepted")
        } catch {
            #expect(error.message.contains("item t1 has a UTC offset of -9223372036854775808 seconds"))
        }
    }

    @Test("Manifest years outside 1...9999 are refused and extreme reference years are clamped")
    func extremeYears() {
        let manifest = #"{"version": 1, "sources": [{"file": "a.txt", "year": 9223372036854775807}]}"#
        #expect(throws: ImportError.self) { try DataManifest.decode(Array(manifest.utf8), path: "manifest.json") }
        #expect(ImportContext(fileName: "a", year: Int.max, referenceYear: Int.max) ==
            ImportContext(fileName: "a", year: nil, referenceYear: 9999))
        #expect(YearInference.latestYear(month: 7, day: 22, weekday: .thursday, notAfter: Int.max) == 9999)
        var page = PageBuilder()
        page.slot("Thu 22 July 17:00 - 17:20 PDT", title: "Far future")
        #expect(page.parse(year: Int.min, referenceYear: Int.min).fragment.talks.count == 1)
    }
}

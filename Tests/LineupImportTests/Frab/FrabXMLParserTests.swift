import Foundation
import LineupImport
import LineupModel
import Testing

/// Small frab XML files of our own, one per case the format allows.
@Suite("frab/Pentabarf XML")
struct FrabXMLParserTests {
    func parse(_ xml: String, file: String = "s.xml", timeZone: String? = nil) -> ImportedFile {
        ScheduleImporter.importFile(bytes: Array(xml.utf8), path: file,
                                    context: ImportContext(fileName: file,
                                                           pinnedTimeZone: timeZone.flatMap(TimeZone.init(identifier:))))
    }

    func talks(_ imported: ImportedFile) -> [Talk] { imported.fragments.flatMap(\.talks) }

    func iso(_ date: Date?) -> String? { date.map(ISOInstant.format) }

    static func event(_ id: String, guid: String? = nil, date: String? = nil, start: String, duration: String = "01:00",
                      room: String? = nil, title: String, extra: String = "") -> String {
        let guidAttribute = guid.map { " guid='\($0)'" } ?? ""
        return """
        <event id='\(id)'\(guidAttribute)>\(date.map { "<date>\($0)</date>" } ?? "")<start>\(start)</start>
        <duration>\(duration)</duration>\(room.map { "<room>\($0)</room>" } ?? "")<title>\(title)</title>\(extra)
        </event>
        """
    }

    @Test("Detected by content: a <schedule> root after a declaration and a comment, whatever the file name")
    func detection() {
        let xml = "\u{FEFF}<?xml version='1.0'?>\n<!-- exported -->\n<schedule><conference><title>C</title></conference>"
            + "<day date='2024-01-01' index='1'><room name='A'>\(Self.event("1", start: "10:00", title: "T"))</room></day></schedule>"
        let imported = parse(xml, file: "notes.txt")
        #expect(imported.format == .frabXML)
        #expect(talks(imported).map(\.title) == ["T"])
        #expect(parse("<html><body>hi</body></html>", file: "page.xml").format == nil)
    }

    @Test("Without <date> or zone: floating; before day_change on the next date, filed under the conference day")
    func dayChange() throws {
        let xml = """
        <schedule><conference><title>FOSDEM</title><day_change>09:00:00</day_change></conference>
        <day index='1' date='2024-02-03'><room name='Janson'></room><room name='K.1.105'>
        \(Self.event("10", start: "23:30", duration: "01:00:00", title: "Late"))
        \(Self.event("11", start: "00:30", duration: "00:45", title: "Night"))
        \(Self.event("12", start: "10:30", duration: "0:30", title: "Morning"))
        </room></day></schedule>
        """
        let imported = parse(xml)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        let items = talks(imported)
        #expect(items.map(\.title) == ["Morning", "Late", "Night"])  // time order within the room
        let night = try #require(items.first { $0.title == "Night" })
        #expect(night.floatingStart?.iso == "2024-02-04T00:30" && night.floatingEnd?.iso == "2024-02-04T01:15")
        #expect(night.day == LocalDate(year: 2024, month: 2, day: 3))
        #expect(night.start == nil && night.isFloating)
        let late = try #require(items.first { $0.title == "Late" })
        #expect(late.floatingEnd?.iso == "2024-02-04T00:30")  // HH:MM:SS duration across midnight
        #expect(items.first { $0.title == "Morning" }?.floatingEnd?.iso == "2024-02-03T11:00")
        // One room session per non-empty room, floating span.
        let sessions = imported.fragments.flatMap(\.sessions)
        #expect(sessions.map(\.title) == ["K.1.105"])
        #expect(sessions.first?.kind == .room)
        #expect(sessions.first?.floatingStart?.iso == "2024-02-03T10:30" && sessions.first?.floatingEnd?.iso == "2024-02-04T01:15")
        // Pinned: instants in the zone, ids unchanged.
        let pinned = parse(xml, timeZone: "Europe/Brussels")
        #expect(talks(pinned).map(\.id) == items.map(\.id))
        #expect(iso(talks(pinned).first { $0.title == "Night" }?.start) == "2024-02-03T23:30:00Z")
        #expect(pinned.fragments.first?.sessions.first.map { iso($0.start) } == "2024-02-03T09:30:00Z")
    }

    @Test("<date> with its offset wins over the day and start; events after midnight stay on their day")
    func dateWins() throws {
        let xml = """
        <schedule><conference><acronym>cc</acronym><title>Congress</title></conference>
        <day date='2014-12-27' start='2014-12-27T11:00:00+01:00' end='2014-12-28T04:00:00+01:00' index='1'>
        <room name='Saal 1'>\(Self.event("1", guid: "g1", date: "2014-12-28T00:00:00+01:00", start: "00:00", duration: "02:15", title: "Film"))
        \(Self.event("2", guid: "g2", date: "2014-12-27T20:00:00+01:00", start: "21:00", title: "Date wins"))</room></day>
        </schedule>
        """
        let imported = parse(xml)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        let film = try #require(talks(imported).first { $0.title == "Film" })
        #expect(iso(film.start) == "2014-12-27T23:00:00Z" && iso(film.end) == "2014-12-28T01:15:00Z")
        #expect(film.day == LocalDate(year: 2014, month: 12, day: 27) && film.utcOffset == 3600)
        #expect(film.id == TalkID.fromSource(namespace: "cc", sourceID: "g1") && film.sourceID == "g1")
        #expect(iso(talks(imported).first { $0.title == "Date wins" }?.start) == "2014-12-27T19:00:00Z")
    }

    @Test("Without day_change, the day's own start decides the date; at the day's offset when no zone is named")
    func dayStartBoundary() throws {
        let xml = """
        <schedule><conference><title>C</title></conference>
        <day date='2014-12-27' start='2014-12-27T11:00:00+01:00' end='2014-12-28T04:00:00+01:00' index='1'>
        \(Self.event("5", start: "00:15", duration: "00:30", room: "Saal 2", title: "Fnord"))</day></schedule>
        """
        let talk = try #require(talks(parse(xml)).first)
        #expect(iso(talk.start) == "2014-12-27T23:15:00Z")  // 00:15 on the 28th at +01:00
        #expect(talk.day == LocalDate(year: 2014, month: 12, day: 27))
        #expect(talk.room == "Saal 2" && talk.session == "Saal 2")  // no <room> wrapper
        #expect(talk.sourceID == "5")  // no guid: the event id
    }

    @Test("An alias zone resolves; offsets that contradict the zone win, with one warning naming the first line")
    func zones() throws {
        let aliased = """
        <schedule><conference><title>GOOD</title><time_zone_name>US/Eastern</time_zone_name></conference>
        <day date='2025-03-17' index='1'><room name='A'>\(Self.event("1", start: "13:00", title: "Jam"))</room></day></schedule>
        """
        let jam = try #require(talks(parse(aliased)).first)
        #expect(iso(jam.start) == "2025-03-17T17:00:00Z" && jam.timeZoneID == "US/Eastern" && jam.utcOffset == -14400)

        let contradicting = """
        <schedule><conference><title>C</title><time_zone_name>UTC</time_zone_name></conference>
        <day date='2024-05-01' index='1'><room name='A'>
        \(Self.event("1", date: "2024-05-01T10:00:00+01:00", start: "10:00", title: "One"))
        \(Self.event("2", date: "2024-05-01T11:00:00+01:00", start: "11:00", title: "Two"))</room></day></schedule>
        """
        let imported = parse(contradicting)
        #expect(iso(talks(imported).first?.start) == "2024-05-01T09:00:00Z")
        #expect(imported.diagnostics.count == 1)
        #expect(imported.diagnostics.first?.severity == .warning && imported.diagnostics.first?.line == 3)
        #expect(imported.diagnostics.first?.message.contains("2 event time(s) give the offset UTC+1 where UTC has UTC") == true)

        let unknown = aliased.replacingOccurrences(of: "US/Eastern", with: "Mars/Olympus")
        let floating = parse(unknown)
        #expect(talks(floating).first?.floatingStart?.iso == "2025-03-17T13:00")
        #expect(floating.diagnostics.map(\.message).contains { $0.contains("unknown time zone \"Mars/Olympus\"") })
    }

    @Test("People, links, attachments, track, type, language, subtitle, HTML abstract and description")
    func fields() throws {
        let extra = """
        <subtitle>Sub</subtitle><track>Security</track><type>workshop</type><language>de</language>
        <url>https://c.org/e/1</url><abstract>&lt;p&gt;One &amp;amp; two&lt;/p&gt;&lt;p&gt;See https://x.org/a.&lt;/p&gt;</abstract>
        <description><![CDATA[<b>Long</b> text]]></description>
        <persons><person id='1'>Ada</person><person id='2'> Grace </person></persons>
        <links><link href='https://v.org/1.mp4'>Video</link><link href=''>empty</link></links>
        <attachments><attachment href='https://c.org/s.pdf'>Slides</attachment></attachments>
        <recording><license>cc</license></recording>
        """
        let xml = "<schedule><conference><title>C</title></conference><day date='2024-01-01' index='1'><room name='R'>"
            + Self.event("9", start: "10:00", title: "Full", extra: extra) + "</room></day></schedule>"
        let talk = try #require(talks(parse(xml)).first)
        #expect(talk.authors == ["Ada", "Grace"] && talk.subtitle == "Sub" && talk.track == "Security")
        #expect(talk.kind == .other("workshop") && talk.language == "de" && talk.url == "https://c.org/e/1")
        #expect(talk.abstract == "One & two\nSee https://x.org/a.")
        #expect(talk.links == ["https://x.org/a"])
        #expect(talk.description == "Long text")
        #expect(talk.resources == [TalkLink(url: "https://v.org/1.mp4", title: "Video", kind: .link),
                                   TalkLink(url: "https://c.org/s.pdf", title: "Slides", kind: .attachment)])
    }

    @Test("Two events sharing an id stay two (distinct ids, a warning); one event listed twice is kept once")
    func duplicates() throws {
        let xml = """
        <schedule><conference><title>C</title></conference><day date='2024-01-01' index='1'><room name='R'>
        \(Self.event("1", start: "10:00", title: "A"))
        \(Self.event("1", start: "12:00", title: "B"))
        \(Self.event("2", start: "14:00", title: "C"))
        \(Self.event("2", start: "14:00", title: "C"))
        </room></day></schedule>
        """
        let imported = parse(xml)
        let items = talks(imported)
        #expect(items.map(\.title) == ["A", "B", "C"])
        #expect(Set(items.map(\.id)).count == 3)
        #expect(items.map(\.sourceID) == ["1", "1", "2"])
        #expect(imported.diagnostics.map(\.line) == [5, 11])
        #expect(imported.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("Bad times are warnings naming the line; the rest imports")
    func badTimes() throws {
        let xml = """
        <schedule><conference><title>C</title></conference><day date='2024-01-01' index='1'><room name='R'>
        \(Self.event("1", start: "ten", title: "No start"))
        \(Self.event("2", start: "10:00", duration: "long", title: "No end"))
        \(Self.event("3", date: "yesterday", start: "11:00", title: "Bad date"))
        </room></day></schedule>
        """
        let imported = parse(xml)
        #expect(talks(imported).count == 3)
        #expect(talks(imported).first { $0.title == "No start" }?.isTimed == false)
        #expect(talks(imported).first { $0.title == "No end" }?.floatingEnd == nil)
        #expect(talks(imported).first { $0.title == "Bad date" }?.floatingStart?.iso == "2024-01-01T11:00")
        #expect(imported.diagnostics.compactMap(\.line).sorted() == [2, 2, 5, 8])
    }

    @Test("Malformed XML: an error with its line; the events before it are kept")
    func malformed() {
        let xml = "<schedule><conference><title>C</title></conference><day date='2024-01-01' index='1'><room name='R'>\n"
            + Self.event("1", start: "10:00", title: "Kept") + "\n<event id='2'><title>Cut</oops></event>\n"
        let imported = parse(xml)
        #expect(talks(imported).map(\.title) == ["Kept"])
        let error = imported.diagnostics.first { $0.severity == .error }
        #expect(error?.file == "s.xml" && error?.line == 5)
        #expect(error?.message.contains("an end tag that does not match its start tag") == true)
        #expect(error?.message.hasPrefix("malformed XML") == true)
    }

    @Test("An XML declaration naming an encoding libxml2 cannot switch to is an error at line 1, not a crash")
    func unsupportedEncoding() throws {
        let imported = parse("<?xml version='1.0' encoding='utf7'+1>\n<schedule><conference><title>C</title></conference></schedule>\n")
        #expect(talks(imported).isEmpty)
        let error = try #require(imported.diagnostics.first { $0.severity == .error })
        #expect(error.file == "s.xml" && error.line == 1)
        #expect(error.message.hasPrefix("malformed XML"))
    }

    @Test("Bytes that are not UTF-8 (in a name, where Foundation's parser would trap) are an error naming the line")
    func notUTF8() throws {
        var bytes = Array("<schedule>\n<conference><title>C</title></conference>\n<day><room name='R'><".utf8)
        bytes += [0xE9] + Array("vent/></room></day></schedule>".utf8)
        let imported = ScheduleImporter.importFile(bytes: bytes, path: "s.xml", context: ImportContext(fileName: "s.xml"))
        #expect(talks(imported).isEmpty)
        let error = try #require(imported.diagnostics.first { $0.severity == .error })
        #expect(error.file == "s.xml" && error.line == 3)
        #expect(error.message.contains("not valid UTF-8"))
    }

    @Test("A DOCTYPE is ignored: no entity is expanded (a billion laughs is an error), no external file read")
    func doctype() {
        var laughs = "<?xml version='1.0'?>\n<!DOCTYPE schedule [\n<!ENTITY lol0 'lol'>\n"
        for level in 1...9 {
            laughs += "<!ENTITY lol\(level) '" + String(repeating: "&lol\(level - 1);", count: 10) + "'>\n"
        }
        laughs += "]>\n<schedule><conference><title>&lol9;</title></conference></schedule>\n"
        let bomb = parse(laughs)
        #expect(bomb.diagnostics.contains { $0.severity == .warning && $0.line == 2 && $0.message.contains("DOCTYPE is ignored") })
        #expect(bomb.diagnostics.contains { $0.severity == .error && $0.line == 14 })
        #expect(bomb.fragments.first?.source.name == "s.xml")

        let external = "<?xml version='1.0'?>\n<!DOCTYPE schedule [<!ENTITY secret SYSTEM 'file:///etc/passwd'>]>\n"
            + "<schedule><conference><title>&secret;</title></conference></schedule>"
        let result = parse(external)
        #expect(result.fragments.first.map { !$0.source.name.contains("root:") } ?? true)
        #expect(result.diagnostics.contains { $0.severity == .error })
    }
}

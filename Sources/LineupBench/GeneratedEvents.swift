import LineupTestSupport
import Foundation
import LineupModel

/// Conference events for the format benchmarks, the same for every format (so the .ics, frab
/// XML and JSON renderings of one seed describe one programme): a multi-day, multi-room
/// schedule of talks with speakers, tracks and abstracts, deterministic for a seed.
struct GeneratedEvent {
    var number: Int
    var title: String
    var speakers: [String]
    var room: String
    var track: String
    var abstract: String
    /// Wall clock in the conference zone (Europe/Berlin), seconds since 1970-01-01T00:00.
    var startWall: Int
    var minutes: Int
}

struct GeneratedEvents: Sequence, IteratorProtocol {
    static let zone = "Europe/Berlin"
    static let rooms = (1...20).map { "Room \($0)" }
    static let tracks = ["Security", "Systems", "Web", "Machine Learning", "Hardware", "Community", "Science"]
    /// 2024-03-04 09:00 wall clock.
    static let firstStart = LocalDate(year: 2024, month: 3, day: 4).map { $0.daysSinceEpoch * 86_400 + 9 * 3600 } ?? 0

    private var random: SplitMix64
    private var number = 0
    let count: Int

    init(count: Int, seed: UInt64 = 20_240_304) {
        self.count = count
        random = SplitMix64(seed: seed)
    }

    mutating func next() -> GeneratedEvent? {
        guard number < count else { return nil }
        defer { number += 1 }
        // 20 rooms x 16 slots of 30 minutes a day.
        let room = number % Self.rooms.count
        let slot = number / Self.rooms.count
        let day = slot / 16, slotOfDay = slot % 16
        let speakers = (0..<(1 + Int(random.next(below: 3)))).map { _ in
            pick(GeneratorWords.givenNames) + " " + pick(GeneratorWords.familyNames)
        }
        let title = pick(GeneratorWords.adjectives).capitalized + " " + pick(GeneratorWords.nouns) + " for "
            + pick(GeneratorWords.tasks) + " (\(number))"
        let abstract = (0..<(2 + Int(random.next(below: 3)))).map { _ in pick(GeneratorWords.sentences) }.joined(separator: " ")
        return GeneratedEvent(
            number: number, title: title, speakers: speakers, room: Self.rooms[room], track: pick(Self.tracks),
            abstract: abstract, startWall: Self.firstStart + day * 86_400 + slotOfDay * 1800, minutes: 25)
    }

    private mutating func pick(_ items: [String]) -> String { items[Int(random.next(below: UInt64(items.count)))] }
}

/// The generated events as an RFC 5545 calendar, as pretalx writes one: CRLF, a VTIMEZONE,
/// TZID'd times, escaped TEXT, and lines folded at 75 octets.
enum ICalendarRendering {
    static func write(_ events: GeneratedEvents, to path: String) throws -> Int {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw BenchError("cannot write \(path)") }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        var total = 0
        func line(_ text: String) {
            var bytes = Array(text.utf8)[...]
            var first = true
            while !bytes.isEmpty {
                let limit = first ? 75 : 74
                var cut = min(limit, bytes.count)
                while cut < bytes.count, cut > 0, bytes[bytes.startIndex + cut] & 0xC0 == 0x80 { cut -= 1 } // keep characters whole
                if !first { buffer.append(UInt8(ascii: " ")) }
                buffer.append(contentsOf: bytes.prefix(cut))
                buffer.append(contentsOf: [0x0D, 0x0A])
                bytes = bytes.dropFirst(cut)
                first = false
            }
        }
        func flush() {
            handle.write(Data(buffer))
            total += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        for text in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//lineup-bench//generated//EN", "BEGIN:VTIMEZONE",
                     "TZID:\(GeneratedEvents.zone)", "BEGIN:STANDARD", "DTSTART:19701025T030000",
                     "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                     "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                     "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE"] {
            line(text)
        }
        for event in events {
            line("BEGIN:VEVENT")
            line("UID:event-\(event.number)@generated.example")
            line("DTSTART;TZID=\(GeneratedEvents.zone):\(stamp(event.startWall))")
            line("DTEND;TZID=\(GeneratedEvents.zone):\(stamp(event.startWall + event.minutes * 60))")
            line("SUMMARY:\(escape(event.title))")
            line("DESCRIPTION:\(escape(event.abstract))")
            line("LOCATION:\(escape(event.room))")
            line("CATEGORIES:\(escape(event.track))")
            for speaker in event.speakers { line("ATTENDEE;CN=\"\(speaker)\";ROLE=REQ-PARTICIPANT:invalid:nomail") }
            line("URL:https://generated.example/talk/\(event.number)/")
            line("END:VEVENT")
            if buffer.count > 1 << 20 { flush() }
        }
        line("END:VCALENDAR")
        flush()
        return total
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// "20240304T090000".
    private static func stamp(_ wall: Int) -> String {
        let days = wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400
        let second = wall - days * 86_400
        let date = LocalDate(daysSinceEpoch: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.year)\(two(date.month))\(two(date.day))T\(two(second / 3600))\(two(second / 60 % 60))\(two(second % 60))"
    }
}

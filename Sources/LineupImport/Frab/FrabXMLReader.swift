import Foundation
import LineupModel

/// Reads frab/Pentabarf schedule XML into a `FrabScheduleBuilder`, element by element, with
/// libxml2's SAX2 push parser (`XMLPushParser`): each event is handed to the builder as soon
/// as it ends, so the events are never all held at once. A DOCTYPE is blanked out before
/// parsing (so no entity is ever declared, and none expanded: an entity bomb is an
/// "undefined entity" error, not a gigabyte), with a warning. Element nesting is limited
/// (256 levels).
///
/// A file is read from a `ByteSource` in pieces (`read(_:ByteSource...)`), each piece checked
/// (text runs, UTF-8) before libxml2 gets it, so the file is never held whole; a file the
/// checks refuse, or whose DOCTYPE does not end in its head, is read whole (`read(_:[UInt8]...)`),
/// which gives the refusal or the result exactly as for any file read whole.
///
/// What is kept: the first `<conference>`'s title, acronym, time_zone_name and day_change
/// (the builder settles on them at `</conference>`; events before it wait); each `<day>` with
/// its rooms in order; each `<event>`'s fields, persons, links and attachments. Anything else
/// (tracks lists, recording licences, unknown elements) is skipped without making a string.
enum FrabXMLReader {
    /// Reads `source` in pieces into `builder`, as `read(_:path:into:)` reads a whole file.
    /// Nil when the whole file must be read instead: the checks refuse a piece, a DOCTYPE
    /// does not end within the head, or the source fails; `builder` then holds part of the
    /// file and must be dropped.
    static func read(_ source: ByteSource, path: String, into builder: inout FrabScheduleBuilder) -> [Diagnostic]? {
        var diagnostics: [Diagnostic] = []
        var blanked: Range<Int>?
        switch XMLDoctype.scan(source.head) {
        case .none: break
        case .doctype(let range, let line) where range.upperBound < source.head.count:
            blanked = range
            diagnostics.append(Diagnostic(.warning, file: path, line: line, "the DOCTYPE is ignored: its entities and DTD are not read"))
        case .doctype, .undecided:
            return nil
        }
        builder.reserveCapacity(source.expectedSize / 512)
        var reading = FrabXMLReading(builder: FrabScheduleBuilder(format: builder.format, path: path, context: builder.context))
        swap(&reading.builder, &builder)
        var refused = false
        var checks = PieceChecks()
        source.rewind()
        let outcome = XMLPushParser.parse(handler: &reading) { feed in
            // The piece being read, after the end of the one before when that ended inside a
            // UTF-8 character; `offset` is the file offset of its first byte.
            var window: [UInt8] = []
            var offset = 0
            // Once libxml2 has stopped, the rest is still checked: a refusal wins over an XML error.
            var parsing = true
            while true {
                let isLast = !source.append(to: &window)
                if window.isEmpty { return }
                let usable = isLast ? window.count : PieceChecks.completeUTF8Prefix(window)
                let accepted = window.withUnsafeBufferPointer { checks.accept(UnsafeBufferPointer(rebasing: $0[..<usable])) }
                guard accepted else {
                    refused = true
                    return
                }
                if let range = blanked, range.lowerBound < offset + usable, range.upperBound > offset {
                    window.withUnsafeMutableBufferPointer { buffer in
                        for index in max(range.lowerBound, offset)..<min(range.upperBound, offset + usable)
                        where buffer[index - offset] != 0x0A { buffer[index - offset] = 0x20 }
                    }
                }
                if parsing { parsing = window.withUnsafeBytes { feed(UnsafeRawBufferPointer(rebasing: $0[..<usable])) } }
                window.removeFirst(usable)
                offset += usable
                if isLast { return }
            }
        }
        swap(&reading.builder, &builder)
        if refused || source.failure != nil { return nil }
        if let failure = malformation(reading, outcome, path: path) { diagnostics.append(failure) }
        return diagnostics
    }

    /// The error for a parse that stopped early (libxml2's first error, or the reader's), nil
    /// when the document was read to its end.
    private static func malformation(_ reading: FrabXMLReading, _ outcome: XMLPushParser.Outcome, path: String) -> Diagnostic? {
        guard let failure = reading.firstError ?? (outcome.wellFormed ? nil : (outcome.line, "the XML is malformed")) else {
            return nil
        }
        return Diagnostic(.error, file: path, line: failure.line,
                          "malformed XML: \(failure.message)" + (reading.eventCount == 0 ? "" : "; the events before it are kept"))
    }

    /// The checks `read` makes of a whole file before parsing, made piece by piece: no run of
    /// more than `textLimit` bytes without "<", and valid UTF-8 (pieces end between characters).
    private struct PieceChecks {
        /// Bytes since the last "<", across pieces.
        private var run = 0

        /// False when `piece` fails a check. A run inside a piece no longer than the limit
        /// cannot pass it: only the runs at its ends (joined to the pieces beside) are measured,
        /// from the first and the last "<".
        mutating func accept(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = piece.baseAddress, !piece.isEmpty else { return true }
            let open = Int32(UInt8(ascii: "<"))
            guard piece.count <= textLimit, let first = memchr(base, open, piece.count) else {
                return acceptEveryRun(piece) && firstInvalidUTF8(piece) == nil
            }
            run += UnsafeRawPointer(first) - UnsafeRawPointer(base)
            if run > textLimit { return false }
            var last = piece.count - 1
            while piece[last] != UInt8(ascii: "<") { last -= 1 }
            run = piece.count - 1 - last
            return firstInvalidUTF8(piece) == nil
        }

        /// Every run of `piece` measured (a piece longer than the limit, or without "<").
        private mutating func acceptEveryRun(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = piece.baseAddress else { return true }
            var start = 0
            while start < piece.count {
                let found = memchr(base + start, Int32(UInt8(ascii: "<")), piece.count - start)
                let end = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? piece.count
                run += end - start
                if run > textLimit { return false }
                if found != nil { run = 0 }
                start = end + 1
            }
            return true
        }

        /// How many bytes of `bytes` end on a character boundary: all but a last multi-byte
        /// sequence that `bytes` holds only the start of.
        static func completeUTF8Prefix(_ bytes: [UInt8]) -> Int {
            var index = bytes.count - 1
            while index >= 0, index >= bytes.count - 3 {
                let byte = bytes[index]
                if byte < 0x80 { return bytes.count }
                if byte >= 0xC0 {
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    return bytes.count - index < length ? index : bytes.count
                }
                index -= 1
            }
            return bytes.count
        }
    }

    /// Reads `bytes` into `builder`; the diagnostics of reading: an error when parsing stopped
    /// early (the events before it are in the builder) or the file was refused, a warning when
    /// a DOCTYPE was ignored. `path` names the file in diagnostics.
    static func read(_ bytes: [UInt8], path: String, into builder: inout FrabScheduleBuilder) -> [Diagnostic] {
        if let long = longestText(bytes, over: textLimit) {
            return [Diagnostic(.error, file: path, line: long.line,
                "a text of \(long.length) bytes without markup is longer than the limit (\(textLimit) bytes); "
                + "the file is not read")]
        }
        if let offset = firstInvalidUTF8(bytes) {
            let line = bytes.withUnsafeBufferPointer { buffer in
                1 + UnsafeBufferPointer(rebasing: buffer[..<offset]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
            return [Diagnostic(.error, file: path, line: line,
                "the file is not valid UTF-8 (byte \(offset)); frab XML is read as UTF-8, and the file is not read")]
        }
        var diagnostics: [Diagnostic] = []
        // A copy only when a DOCTYPE is blanked out; otherwise the caller's bytes are read.
        var input = bytes
        if let doctype = XMLDoctype.find(in: bytes) {
            input.withUnsafeMutableBufferPointer { buffer in
                for index in doctype.range where buffer[index] != 0x0A { buffer[index] = 0x20 }
            }
            diagnostics.append(Diagnostic(.warning, file: path, line: doctype.line,
                                          "the DOCTYPE is ignored: its entities and DTD are not read"))
        }
        // A frab event takes 500 bytes or more (the generated ones about 800): room for the items
        // is taken once (a fresh page costs only when it is used), not grown by copying.
        builder.reserveCapacity(bytes.count / 512)
        var reading = FrabXMLReading(builder: FrabScheduleBuilder(format: builder.format, path: path, context: builder.context))
        swap(&reading.builder, &builder)
        let outcome = input.withUnsafeBytes { XMLPushParser.parse($0, handler: &reading) }
        swap(&reading.builder, &builder)
        if let failure = malformation(reading, outcome, path: path) { diagnostics.append(failure) }
        return diagnostics
    }

    /// The longest run of bytes without a "<" that a file may hold (a text or an attribute):
    /// real abstracts are a few kilobytes, and libxml2's push parser takes quadratic time
    /// over one long text (5 MB: over a second), so longer ones are refused before parsing.
    static let textLimit = 1 << 20

    /// The length and 1-based line of the longest run of bytes without "<" when it is longer
    /// than `limit`, else nil; O(n) with memchr (lines are counted only for a text found too long).
    static func longestText(_ bytes: [UInt8], over limit: Int) -> (length: Int, line: Int)? {
        bytes.withUnsafeBufferPointer { buffer -> (length: Int, line: Int)? in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
            var longest = (length: 0, start: 0)
            var start = 0
            while start < buffer.count {
                let found = memchr(base + start, Int32(UInt8(ascii: "<")), buffer.count - start)
                let end = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
                if end - start > longest.length { longest = (end - start, start) }
                start = end + 1
            }
            guard longest.length > limit else { return nil }
            let line = 1 + UnsafeBufferPointer(rebasing: buffer[..<longest.start]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return (longest.length, line)
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, nil when every byte is.
    /// Checked before parsing: Foundation's XMLParser traps on an element or attribute name
    /// that is not UTF-8 (libxml2 passes such a name on; found by fuzzing). O(n), ASCII eight
    /// bytes at a time.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    static func firstInvalidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        do {
            guard let base = buffer.baseAddress else { return nil }
            var index = 0
            while index < buffer.count {
                if index + 8 <= buffer.count,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                guard let length = UTF8Sequence.validLength(in: buffer, at: index) else { return index }
                index += length
            }
            return nil
        }
    }

    /// What libxml2's error code (`xmlParserErrors`) means.
    static func describe(code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "extra content after the document's end"
        case 9: return "a character that XML does not allow"
        case 26, 27: return "an entity that is not declared (entities are not read from DOCTYPEs)"
        case 38, 39, 41: return "a malformed attribute"
        case 68: return "a malformed element name"
        case 73: return "a \">\" is missing"
        case 76: return "an end tag that does not match its start tag"
        case 77: return "the document ends before its elements are closed"
        case 1, 89: return "elements nested too deeply, or an internal limit of the XML parser"
        default: return "XML parser error \(code)"
        }
    }
}

/// A small state machine over the elements `FrabXMLReader` keeps. Element names are
/// compared as bytes; text is gathered (as bytes) only inside the elements that are kept.
private struct FrabXMLReading: XMLPushHandler {
    var builder: FrabScheduleBuilder
    /// Events handed to the builder.
    private(set) var eventCount = 0
    /// The first error libxml2 reported (or the nesting limit), with the line it was at.
    private(set) var firstError: (line: Int, message: String)?

    private var depth = 0
    private var inConference = false
    private var conferenceDepth = -1
    private var conferenceField: ConferenceField?
    private var currentDay: Int?
    /// The current day's rooms, as in its `rooms` list (for a constant-time "already listed").
    private var currentDayRooms: Set<String> = []
    private var roomWrapper: String?
    private var event: FrabEvent?
    private var eventDepth = -1
    /// The event's child being read, when it is a field that is kept.
    private var field: EventField?
    /// `<persons>`, `<links>` or `<attachments>` inside the event.
    private var list: EventList?
    private var linkHref: String?
    private var text: [UInt8] = []
    private var collecting = false

    /// Deeper nesting is refused: frab's is six levels.
    static let depthLimit = 256

    init(builder: FrabScheduleBuilder) {
        self.builder = builder
        text.reserveCapacity(1 << 14)
    }

    enum EventList { case persons, links, attachments }

    enum ConferenceField { case title, acronym, timeZoneName, dayChange }

    enum EventField {
        case date, start, duration, room, slug, url, title, subtitle, track, type, language, abstract, description, guid

        init?(_ name: XMLName) {
            switch name.bytes.count {
            case 3: if name.is("url") { self = .url } else { return nil }
            case 4:
                if name.is("date") { self = .date } else if name.is("room") { self = .room } else if name.is("slug") { self = .slug }
                else if name.is("type") { self = .type } else if name.is("guid") { self = .guid } else { return nil }
            case 5:
                if name.is("start") { self = .start } else if name.is("title") { self = .title } else if name.is("track") { self = .track }
                else { return nil }
            case 8: if name.is("duration") { self = .duration } else if name.is("subtitle") { self = .subtitle } else if name.is("language") { self = .language } else if name.is("abstract") { self = .abstract } else { return nil }
            case 11: if name.is("description") { self = .description } else { return nil }
            default: return nil
            }
        }
    }

    mutating func startElement(_ name: XMLName, attributes: XMLAttributes, at parser: XMLParserPosition) {
        depth += 1
        if firstError != nil {
            // Stop here rather than in the error callback (see XMLPushHandler.error).
            parser.stop()
            return
        }
        if depth > Self.depthLimit {
            firstError = (parser.line, "elements nested deeper than \(Self.depthLimit) levels")
            parser.stop()
            return
        }
        if event != nil {
            if depth == eventDepth + 1 {
                if name.is("persons") {
                    list = .persons
                } else if name.is("links") {
                    list = .links
                } else if name.is("attachments") {
                    list = .attachments
                } else if let kept = EventField(name) {
                    field = kept
                    beginText()
                }
            } else if depth == eventDepth + 2, list != nil {
                linkHref = list == .persons ? nil : attributes["href"]
                beginText()
            }
            return
        }
        if name.is("event") {
            var new = FrabEvent(line: parser.line)
            new.day = currentDay
            new.roomWrapper = roomWrapper
            new.guid = Self.nonEmpty(attributes["guid"])
            new.id = Self.nonEmpty(attributes["id"])
            event = new
            eventDepth = depth
        } else if name.is("conference"), currentDay == nil, !builder.isSettled {
            inConference = true
            conferenceDepth = depth
        } else if name.is("day") {
            var day = FrabDay(line: parser.line)
            day.date = attributes["date"].flatMap { LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) }
            day.start = Self.nonEmpty(attributes["start"])
            day.end = Self.nonEmpty(attributes["end"])
            builder.addDay(day)
            currentDay = builder.document.days.count - 1
            currentDayRooms = []
        } else if name.is("room"), currentDay != nil {
            let room = Self.nonEmpty(attributes["name"]) ?? ""
            roomWrapper = room
            noteRoom(room)
        } else if inConference && depth == conferenceDepth + 1 {
            conferenceField = name.is("title") ? .title : name.is("acronym") ? .acronym
                : name.is("time_zone_name") ? .timeZoneName : name.is("day_change") ? .dayChange : nil
            if conferenceField != nil { beginText() }
        }
    }

    /// Records the first error; nothing read after it is kept (libxml2 reports no more
    /// elements after a fatal error; after a warning the parse stops at the next element).
    mutating func error(code: Int, at parser: XMLParserPosition) {
        guard firstError == nil else { return }
        firstError = (parser.line, FrabXMLReader.describe(code: code))
        collecting = false
    }

    mutating func characters(_ piece: UnsafeBufferPointer<UInt8>) {
        if collecting { text.append(contentsOf: piece) }
    }

    mutating func endElement(_ name: XMLName, at parser: XMLParserPosition) {
        defer { depth -= 1 }
        guard firstError == nil else { return }
        if event != nil {
            // The event is changed in place (`event?.…`): copying it out and back would retain
            // and release each of its strings for every element.
            if depth == eventDepth {
                if let current = event, current.day != nil, let room = current.room ?? current.roomWrapper {
                    noteRoom(room)
                }
                if let current = event {
                    event = nil
                    eventCount += 1
                    builder.add(current)
                }
                eventDepth = -1
            } else if depth == eventDepth + 1 {
                if let kept = field {
                    let value = endText()
                    event?.assign(kept, value)
                }
                field = nil
                list = nil
            } else if depth == eventDepth + 2, let list {
                let value = endText()
                switch list {
                case .persons:
                    if !value.isEmpty { event?.persons.append(value) }
                case .links, .attachments:
                    if let href = linkHref?.trimmingWhitespaceAndNewlines, !href.isEmpty {
                        event?.resources.append(TalkLink(url: href, title: value.isEmpty ? nil : value,
                                                         kind: list == .links ? .link : .attachment))
                    }
                }
                linkHref = nil
            }
            return
        }
        if name.is("conference"), inConference, depth == conferenceDepth {
            inConference = false
            builder.settle()
        } else if name.is("day") {
            currentDay = nil
            roomWrapper = nil
        } else if name.is("room") {
            roomWrapper = nil
        } else if inConference, depth == conferenceDepth + 1, let kept = conferenceField {
            conferenceField = nil
            let value = endText()
            guard !value.isEmpty else { return }
            switch kept {
            case .title: builder.document.title = value
            case .acronym: builder.document.acronym = value
            case .timeZoneName: builder.document.timeZoneName = value
            case .dayChange: builder.document.dayChange = value
            }
        }
    }

    /// Adds `room` to the current day's rooms when it is not listed yet.
    private mutating func noteRoom(_ room: String) {
        guard let currentDay, currentDayRooms.insert(room).inserted else { return }
        builder.document.days[currentDay].rooms.append(room)
    }

    private mutating func beginText() {
        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
        collecting = true
    }

    /// The text gathered since `beginText()`, trimmed of white space and line breaks.
    private mutating func endText() -> String {
        collecting = false
        guard !text.isEmpty else { return "" }
        defer { text.removeAll(keepingCapacity: true) }
        return text.withUnsafeBufferPointer { bytes in
            // ASCII white space at the ends is dropped as bytes; Unicode's spaces (never ASCII)
            // are looked for only when an end is not ASCII.
            var lower = 0, upper = bytes.count
            while lower < upper, Self.isASCIISpace(bytes[lower]) { lower += 1 }
            while upper > lower, Self.isASCIISpace(bytes[upper - 1]) { upper -= 1 }
            let trimmed = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            guard lower < upper, bytes[lower] < 0x80, bytes[upper - 1] < 0x80 else { return trimmed.trimmingWhitespaceAndNewlines }
            return trimmed
        }
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespaceAndNewlines, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

private extension FrabEvent {
    /// Sets the field an event's child element gives (its text trimmed).
    mutating func assign(_ field: FrabXMLReading.EventField, _ value: String) {
        func nonEmpty(_ value: String) -> String? { value.isEmpty ? nil : value }
        switch field {
        case .date: date = nonEmpty(value)
        case .start: start = nonEmpty(value)
        case .duration: duration = nonEmpty(value)
        case .room: room = nonEmpty(value)
        case .slug: slug = nonEmpty(value)
        case .url: url = nonEmpty(value)
        case .title: title = value
        case .subtitle: subtitle = nonEmpty(value)
        case .track: track = nonEmpty(value)
        case .type: type = nonEmpty(value)
        case .language: language = nonEmpty(value)
        case .abstract: abstract = value
        case .description: description = value
        case .guid: if guid == nil { guid = nonEmpty(value) }
        }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LineupModel

/// Reads frab/Pentabarf schedule XML into a `FrabDocument` with Foundation's `XMLParser`
/// (libxml2), external entities off. A DOCTYPE is blanked out before parsing (so no entity is
/// ever declared, and none expanded: an entity bomb is an "undefined entity" error, not a
/// gigabyte), with a warning. Element nesting beyond libxml2's limit is its error.
///
/// What is kept: `<conference>`'s title, acronym, time_zone_name and day_change; each
/// `<day>` with its rooms in order; each `<event>`'s fields, persons, links and attachments.
/// Anything else (tracks lists, recording licences, unknown elements) is skipped.
enum FrabXMLReader {
    /// The document, and a diagnostic when parsing stopped early (with the events read so
    /// far) or a DOCTYPE was ignored. `path` names the file in diagnostics.
    static func read(_ bytes: [UInt8], path: String) -> (document: FrabDocument, diagnostics: [Diagnostic]) {
        if let long = longestText(bytes), long.length > textLimit {
            return (FrabDocument(), [Diagnostic(.error, file: path, line: long.line,
                "a text of \(long.length) bytes without markup is longer than the limit (\(textLimit) bytes); "
                + "the file is not read")])
        }
        if let offset = firstInvalidUTF8(bytes) {
            let line = bytes.withUnsafeBufferPointer { buffer in
                1 + UnsafeBufferPointer(rebasing: buffer[..<offset]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
            return (FrabDocument(), [Diagnostic(.error, file: path, line: line,
                "the file is not valid UTF-8 (byte \(offset)); frab XML is read as UTF-8, and the file is not read")])
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
        let delegate = FrabXMLDelegate()
        var failure: (line: Int, message: String)?
        input.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            // Through a stream, libxml2 gets the file in chunks: given the whole file as one
            // chunk it copies it into its own buffer (peak memory one file size higher) and
            // reports an internal error at the end of files of tens of megabytes.
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
            let parser = XMLParser(stream: InputStream(data: data))
            parser.shouldResolveExternalEntities = false
            parser.shouldProcessNamespaces = false
            parser.shouldReportNamespacePrefixes = false
            parser.delegate = delegate
            delegate.parser = parser
            let parsed = parser.parse()
            if let first = delegate.firstError {
                failure = first
            } else if !parsed {
                failure = (max(parser.lineNumber, 1), parser.parserError.map(Self.describe) ?? "the XML is malformed")
            }
            delegate.parser = nil
        }
        if let failure {
            diagnostics.append(Diagnostic(.error, file: path, line: failure.line,
                                          "malformed XML: \(failure.message)"
                                          + (delegate.document.events.isEmpty ? "" : "; the events before it are kept")))
        }
        return (delegate.document, diagnostics)
    }

    /// The longest run of bytes without a "<" that a file may hold (a text or an attribute):
    /// real abstracts are a few kilobytes, and libxml2's push parser takes quadratic time
    /// over one long text (5 MB: over a second), so longer ones are refused before parsing.
    static let textLimit = 1 << 20

    /// The length and 1-based line of the longest run of bytes without "<"; O(n) with memchr.
    static func longestText(_ bytes: [UInt8]) -> (length: Int, line: Int)? {
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
            let line = 1 + UnsafeBufferPointer(rebasing: buffer[..<longest.start]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return (longest.length, line)
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, nil when every byte is.
    /// Checked before parsing: Foundation's XMLParser traps on an element or attribute name
    /// that is not UTF-8 (libxml2 passes such a name on; found by fuzzing). O(n), ASCII eight
    /// bytes at a time.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
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

    /// What libxml2's error code means (Foundation passes the bare code).
    static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
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

/// The parser's delegate: a small state machine over the elements `FrabXMLReader` keeps.
private final class FrabXMLDelegate: NSObject, XMLParserDelegate {
    var document = FrabDocument()
    /// Set while parsing, for line numbers.
    weak var parser: XMLParser?

    private var depth = 0
    private var inConference = false
    private var conferenceDepth = -1
    private var currentDay: Int?
    private var roomWrapper: String?
    private var event: FrabEvent?
    private var eventDepth = -1
    /// `<persons>`, `<links>` or `<attachments>` inside the event.
    private var list: String?
    private var linkHref: String?
    private var text = ""
    private var collecting = false

    /// Deeper nesting is refused: frab's is six levels; libxml2 itself would go on for ever.
    static let depthLimit = 256

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if firstError != nil {
            // Stop here rather than in the error callback (see there).
            parser.abortParsing()
            return
        }
        if depth > Self.depthLimit {
            if firstError == nil { firstError = (max(parser.lineNumber, 1), "elements nested deeper than \(Self.depthLimit) levels") }
            parser.abortParsing()
            return
        }
        if event != nil {
            if depth == eventDepth + 1 {
                if name == "persons" || name == "links" || name == "attachments" {
                    list = name
                } else {
                    beginText()
                }
            } else if depth == eventDepth + 2, list != nil {
                linkHref = attributes["href"]
                beginText()
            }
            return
        }
        switch name {
        case "event":
            var new = FrabEvent(line: parser.lineNumber)
            new.day = currentDay
            new.roomWrapper = roomWrapper
            new.guid = Self.nonEmpty(attributes["guid"])
            new.id = Self.nonEmpty(attributes["id"])
            event = new
            eventDepth = depth
        case "conference" where currentDay == nil:
            inConference = true
            conferenceDepth = depth
        case "day":
            var day = FrabDay(line: parser.lineNumber)
            day.date = attributes["date"].flatMap { LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) }
            day.start = Self.nonEmpty(attributes["start"])
            day.end = Self.nonEmpty(attributes["end"])
            document.days.append(day)
            currentDay = document.days.count - 1
        case "room" where currentDay != nil:
            let name = Self.nonEmpty(attributes["name"]) ?? ""
            roomWrapper = name
            if let currentDay, !document.days[currentDay].rooms.contains(name) {
                document.days[currentDay].rooms.append(name)
            }
        default:
            if inConference && depth == conferenceDepth + 1 { beginText() }
        }
    }

    /// The first error libxml2 reported, with the line it was at.
    private(set) var firstError: (line: Int, message: String)?

    /// Records the first error; nothing read after it is kept. libxml2 would recover and go
    /// on, guessing, so the parse is stopped at the next element. Not here: libxml2 2.9
    /// dereferences a null pointer when stopped from inside its error report while it is
    /// switching encodings (`<?xml version='1.0' encoding='utf7'+1>` crashed; found by fuzzing).
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil else { return }
        firstError = (max(parser.lineNumber, 1), FrabXMLReader.describe(parseError))
        collecting = false
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if collecting { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { depth -= 1 }
        guard firstError == nil else { return }
        if event != nil {
            // The event is changed in place (`event?.…`): copying it out and back would retain
            // and release each of its strings for every element.
            if depth == eventDepth {
                if let current = event, let day = current.day, let room = current.room ?? current.roomWrapper,
                   !document.days[day].rooms.contains(room) {
                    document.days[day].rooms.append(room)
                }
                if let current = event { document.events.append(current) }
                event = nil
                eventDepth = -1
            } else if depth == eventDepth + 1 {
                if list == nil { event?.assign(name, endText()) }
                list = nil
            } else if depth == eventDepth + 2, let list {
                let value = endText()
                switch list {
                case "persons":
                    if !value.isEmpty { event?.persons.append(value) }
                case "links", "attachments":
                    if let href = linkHref?.trimmingWhitespaceAndNewlines, !href.isEmpty {
                        event?.resources.append(TalkLink(url: href, title: value.isEmpty ? nil : value,
                                                         kind: list == "links" ? .link : .attachment))
                    }
                default: break
                }
                linkHref = nil
            }
            return
        }
        switch name {
        case "conference" where depth == conferenceDepth:
            inConference = false
        case "day":
            currentDay = nil
            roomWrapper = nil
        case "room":
            roomWrapper = nil
        default:
            guard inConference, depth == conferenceDepth + 1 else { return }
            let value = endText()
            guard !value.isEmpty else { return }
            switch name {
            case "title": document.title = value
            case "acronym": document.acronym = value
            case "time_zone_name": document.timeZoneName = value
            case "day_change": document.dayChange = value
            default: break
            }
        }
    }

    private func beginText() {
        text = ""
        collecting = true
    }

    private func endText() -> String {
        collecting = false
        let value = text.trimmingWhitespaceAndNewlines
        text = ""
        return value
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespaceAndNewlines, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

private extension FrabEvent {
    /// Sets the field an event's child element `field` gives (its text trimmed); other
    /// elements are ignored.
    mutating func assign(_ field: String, _ value: String) {
        func nonEmpty(_ value: String) -> String? { value.isEmpty ? nil : value }
        switch field {
        case "date": date = nonEmpty(value)
        case "start": start = nonEmpty(value)
        case "duration": duration = nonEmpty(value)
        case "room": room = nonEmpty(value)
        case "slug": slug = nonEmpty(value)
        case "url": url = nonEmpty(value)
        case "title": title = value
        case "subtitle": subtitle = nonEmpty(value)
        case "track": track = nonEmpty(value)
        case "type": type = nonEmpty(value)
        case "language": language = nonEmpty(value)
        case "abstract": abstract = value
        case "description": description = value
        case "guid": if guid == nil { guid = nonEmpty(value) }
        default: break
        }
    }
}

import LineupModel

/// iCalendar (RFC 5545) files as schedules. Pure: bytes in, a fragment and diagnostics (with
/// line numbers) out; never traps on bad input.
public enum ICalendarParser {
    public static func parse(bytes: [UInt8], path: String, context: ImportContext) -> (ScheduleFragment, [Diagnostic]) {
        parse(ByteSource(bytes: bytes), path: path, context: context)
    }

    /// As `parse(bytes:)`, reading `source` in pieces: neither the file nor a list of its
    /// events is ever held whole, only the items made from them. When `source` fails, what
    /// came back must not be used (the caller reports `source.failure`).
    static func parse(_ source: ByteSource, path: String, context: ImportContext) -> (ScheduleFragment, [Diagnostic]) {
        // Events go into the assembler as they are read: no list of every event is held.
        var reader = ICalendarReader(file: path)
        var assembler = DraftFragmentAssembler(format: .iCalendar, context: context, file: path)
        let expectedEvents = ICalendarFormat.eventCountHint(source.head, size: source.expectedSize)
        assembler.reserveCapacity(expectedEvents)
        let (name, _) = reader.read(source, startOver: {
            assembler = DraftFragmentAssembler(format: .iCalendar, context: context, file: path)
            assembler.reserveCapacity(expectedEvents)
        }, each: { assembler.add($0) })
        let (fragment, buildDiagnostics) = assembler.finish(name: name, acronym: nil, rooms: [], sessions: [])
        return (fragment, reader.diagnostics + buildDiagnostics)
    }
}

/// The JSON schedule formats read by shape: frab/pretalx schedule JSON, Sessionize "All data"
/// and MiniConf's files.
public enum JSONScheduleParser {
    /// Nil when the bytes are not JSON of a frab, Sessionize or MiniConf shape (the caller tries the
    /// other JSON formats); otherwise the format and what it gave. Bare `NaN`/`Infinity` are
    /// read with one warning naming the first line.
    public static func parse(bytes: [UInt8], path: String, context: ImportContext)
        -> (format: Source.Format, fragment: ScheduleFragment, diagnostics: [Diagnostic])?
    {
        if let frab = parseFrab(ByteSource(bytes: bytes), path: path, context: context) { return frab }
        return parseOthers(bytes: bytes, path: path, context: context)
    }

    /// frab files can be large: read in pieces, without a tree of the whole file. Nil when
    /// the text is not frab JSON, or the source failed (see `ByteSource.failure`).
    static func parseFrab(_ source: ByteSource, path: String, context: ImportContext)
        -> (format: Source.Format, fragment: ScheduleFragment, diagnostics: [Diagnostic])?
    {
        guard let (fragment, diagnostics, nonFiniteLines) = FrabJSONParser.read(source, path: path, context: context) else {
            return nil
        }
        return (.frabJSON, fragment, nonStrictWarning(nonFiniteLines, path: path) + diagnostics)
    }

    /// The JSON formats read with a tree of the whole file (Sessionize, MiniConf).
    static func parseOthers(bytes: [UInt8], path: String, context: ImportContext)
        -> (format: Source.Format, fragment: ScheduleFragment, diagnostics: [Diagnostic])?
    {
        guard let (root, nonFiniteLines) = try? JSONTreeReader.read(bytes) else { return nil }
        let nonStrict = nonStrictWarning(nonFiniteLines, path: path)
        let draft: ScheduleDraft
        var diagnostics: [Diagnostic] = []
        let format: Source.Format
        if SessionizeFormat.matches(root) {
            format = .sessionize
            (draft, diagnostics) = SessionizeFormat.draft(root, file: path)
        } else if let shape = MiniConfFormat.shape(of: root) {
            format = .miniConf
            (draft, diagnostics) = MiniConfFormat.draft(root, shape: shape, file: path)
        } else {
            return nil
        }
        diagnostics.insert(contentsOf: nonStrict, at: 0)
        let (fragment, buildDiagnostics) = DraftFragmentBuilder.build(draft, format: format, context: context, file: path)
        return (format, fragment, diagnostics + buildDiagnostics)
    }

    /// The one warning for bare `NaN`/`Infinity` values, naming the first line; none without.
    private static func nonStrictWarning(_ nonFiniteLines: [Int], path: String) -> [Diagnostic] {
        guard let first = nonFiniteLines.first else { return [] }
        return [Diagnostic(.warning, file: path, line: first,
                           "not strict JSON: \(nonFiniteLines.count) bare NaN or Infinity value(s) read as missing numbers")]
    }

    /// True when the first byte that is not white space (after a byte-order mark) is "{" or "[".
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let first = bytes[start...].first { !PageText.isSpaceOrBreak($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// True when a Lineup JSON schedule announces itself near the start (its "format" key).
    static func announcesNativeFormat(_ bytes: [UInt8]) -> Bool {
        let marker = Array("\"\(NativeScheduleFormat.formatName)\"".utf8)
        let window = bytes.prefix(4096)
        guard window.count >= marker.count else { return false }
        return (0...(window.count - marker.count)).contains { window[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}

/// Sessionize "All data" JSON as a schedule; nil when the bytes are not JSON of that shape.
public enum SessionizeParser {
    public static func parse(bytes: [UInt8], path: String, context: ImportContext) -> (ScheduleFragment, [Diagnostic])? {
        guard let (root, _) = try? JSONTreeReader.read(bytes), SessionizeFormat.matches(root) else { return nil }
        let (draft, diagnostics) = SessionizeFormat.draft(root, file: path)
        let (fragment, more) = DraftFragmentBuilder.build(draft, format: .sessionize, context: context, file: path)
        return (fragment, diagnostics + more)
    }
}

/// A MiniConf data file (calendar, papers, ACL conference.json, booklet) as a schedule; nil
/// when the bytes are not JSON of one of those shapes.
public enum MiniConfParser {
    public static func parse(bytes: [UInt8], path: String, context: ImportContext) -> (ScheduleFragment, [Diagnostic])? {
        guard let (root, _) = try? JSONTreeReader.read(bytes), let shape = MiniConfFormat.shape(of: root) else { return nil }
        let (draft, diagnostics) = MiniConfFormat.draft(root, shape: shape, file: path)
        let (fragment, more) = DraftFragmentBuilder.build(draft, format: .miniConf, context: context, file: path)
        return (fragment, diagnostics + more)
    }
}

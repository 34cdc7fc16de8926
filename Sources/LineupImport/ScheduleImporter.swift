import Foundation
import LineupModel

/// What importing one file gave: usually one fragment (a JSON schedule gives one per source
/// it holds), and what went wrong along the way.
public struct ImportedFile: Sendable {
    public var fragments: [ScheduleFragment]
    public var diagnostics: [Diagnostic]
    /// The format found, nil when the file could not be read as any.
    public var format: Source.Format?
    /// Why nothing could be taken from the file (also in `diagnostics`), nil when it imported.
    public var failure: ImportError?

    public init(fragments: [ScheduleFragment], diagnostics: [Diagnostic], format: Source.Format?) {
        self.fragments = fragments
        self.diagnostics = diagnostics
        self.format = format
    }

    init(failure: ImportError) {
        self.init(fragments: [], diagnostics: [failure.diagnostic], format: nil)
        self.failure = failure
    }
}

/// One file's bytes to schedule fragments: detects the format from the content and runs its
/// parser. Pure and synchronous; never throws and never traps on bad input (every problem is
/// a diagnostic naming `path` and, where there is one, the line).
public enum ScheduleImporter {
    /// Floating times are pinned to `context.pinnedTimeZone` when it is set.
    public static func importFile(bytes: [UInt8], path: String, context: ImportContext,
                                  lineLimit: Int = PageText.defaultLineLimit) -> ImportedFile {
        var imported = importUnpinned(bytes: bytes, path: path, context: context, lineLimit: lineLimit)
        if let zone = context.pinnedTimeZone {
            for index in imported.fragments.indices { FloatingTimePin.pin(&imported.fragments[index], to: zone) }
        }
        return imported
    }

    /// Reads and imports the file at `path` (named `name` in diagnostics) as `FileReader`
    /// reads files: a regular file larger than `streamingThreshold` is read in pieces by the
    /// parsers that can (iCalendar, frab XML and frab JSON), never held whole; anything else is read into `buffer`
    /// (storage handed from file to file) and imported as `importFile(bytes:)` does. The
    /// results are the same either way.
    public static func importFile(atPath path: String, name: String, context: ImportContext,
                                  lineLimit: Int = PageText.defaultLineLimit, sizeLimit: Int = FileReader.defaultSizeLimit,
                                  streamingThreshold: Int = FileReader.streamingThreshold,
                                  buffer: inout [UInt8]) -> ImportedFile {
        do {
            guard let source = try FileReader.open(path, readingSmallFilesInto: &buffer, streamingAbove: streamingThreshold,
                                                   sizeLimit: sizeLimit) else {
                return importFile(bytes: buffer, path: name, context: context, lineLimit: lineLimit)
            }
            return importFile(source, path: name, context: context, lineLimit: lineLimit)
        } catch {
            var named = error
            named.file = name
            return ImportedFile(failure: named)
        }
    }

    /// A file read in pieces, as `importFile(bytes:)` imports it whole.
    public static func importFile(_ source: ByteSource, path: String, context: ImportContext,
                           lineLimit: Int = PageText.defaultLineLimit) -> ImportedFile {
        var imported = importUnpinned(source, path: path, context: context, lineLimit: lineLimit)
        if let zone = context.pinnedTimeZone {
            for index in imported.fragments.indices { FloatingTimePin.pin(&imported.fragments[index], to: zone) }
        }
        return imported
    }

    /// The format is told from the head; a format whose parser cannot read in pieces gets the
    /// whole file.
    private static func importUnpinned(_ source: ByteSource, path: String, context: ImportContext,
                                       lineLimit: Int) -> ImportedFile {
        func failed(_ failure: ImportError) -> ImportedFile {
            var named = failure
            named.file = path
            return ImportedFile(failure: named)
        }
        if ICalendarFormat.detect(source.head) {
            let (fragment, diagnostics) = ICalendarParser.parse(source, path: path, context: context)
            if let failure = source.failure { return failed(failure) }
            return ImportedFile(fragments: [fragment], diagnostics: diagnostics, format: .iCalendar)
        }
        let mayBeFrabJSON = JSONScheduleParser.looksLikeJSON(source.head) && !JSONScheduleParser.announcesNativeFormat(source.head)
        if mayBeFrabJSON {
            if let parsed = JSONScheduleParser.parseFrab(source, path: path, context: context) {
                return ImportedFile(fragments: [parsed.fragment], diagnostics: parsed.diagnostics, format: parsed.format)
            }
            if let failure = source.failure { return failed(failure) }
        }
        if XMLRoot.name(source.head) == "schedule" {
            guard let (fragment, diagnostics) = FrabXMLParser.parse(source, path: path, context: context) else {
                return failed(source.failure ?? ImportError(file: path, .empty))
            }
            return ImportedFile(fragments: [fragment], diagnostics: diagnostics, format: .frabXML)
        }
        guard let bytes = source.readAll() else { return failed(source.failure ?? ImportError(file: path, .empty)) }
        return importUnpinned(bytes: bytes, path: path, context: context, lineLimit: lineLimit, frabJSONTried: mayBeFrabJSON)
    }

    /// `frabJSONTried`: the bytes were already read as frab JSON, which they are not.
    private static func importUnpinned(bytes: [UInt8], path: String, context: ImportContext,
                                       lineLimit: Int, frabJSONTried: Bool = false) -> ImportedFile {
        if ICalendarFormat.detect(bytes) {
            let (fragment, diagnostics) = ICalendarParser.parse(bytes: bytes, path: path, context: context)
            return ImportedFile(fragments: [fragment], diagnostics: diagnostics, format: .iCalendar)
        }
        if JSONScheduleParser.looksLikeJSON(bytes), !JSONScheduleParser.announcesNativeFormat(bytes),
           let parsed = frabJSONTried ? JSONScheduleParser.parseOthers(bytes: bytes, path: path, context: context)
                                      : JSONScheduleParser.parse(bytes: bytes, path: path, context: context) {
            return ImportedFile(fragments: [parsed.fragment], diagnostics: parsed.diagnostics, format: parsed.format)
        }
        if JSONScheduleParser.looksLikeJSON(bytes), !JSONScheduleParser.announcesNativeFormat(bytes),
           let tree = try? JSONTreeReader.read(bytes), tree.root["format"] == nil {
            // Well-formed JSON of no shape Lineup reads (a JSON Schema, say): not a schedule.
            return ImportedFile(failure: ImportError(file: path, .unknownFormat))
        }
        if FormatDetector.looksLikeJSON(bytes) {
            do {
                let (fragments, diagnostics) = try NativeScheduleFormat.decode(bytes, path: path)
                return ImportedFile(fragments: fragments, diagnostics: diagnostics, format: .native)
            } catch {
                return ImportedFile(failure: error)
            }
        }
        if XMLRoot.name(bytes) == "schedule" {
            let (fragment, diagnostics) = FrabXMLParser.parse(bytes, path: path, context: context)
            return ImportedFile(fragments: [fragment], diagnostics: diagnostics, format: .frabXML)
        }
        let text: PageText
        do {
            text = try PageText(bytes: bytes, file: path, lineLimit: lineLimit)
        } catch {
            return ImportedFile(failure: error)
        }
        switch FormatDetector.detect(text) {
        case .sessionPage:
            let (fragment, diagnostics) = SessionPageParser.parse(text, context: context)
            return ImportedFile(fragments: [fragment], diagnostics: diagnostics, format: .sessionPage)
        case .dailyPapers:
            let (fragment, diagnostics) = DailyPapersParser.parse(text, context: context)
            return ImportedFile(fragments: [fragment], diagnostics: diagnostics, format: .dailyPapers)
        case .native, .frabXML, .frabJSON, .iCalendar, .sessionize, .miniConf, nil:
            return ImportedFile(failure: ImportError(file: path, .unknownFormat))
        }
    }

    /// Text already in memory, e.g. a generated page.
    public static func importText(_ text: String, path: String, context: ImportContext) -> ImportedFile {
        importFile(bytes: Array(text.utf8), path: path, context: context)
    }
}

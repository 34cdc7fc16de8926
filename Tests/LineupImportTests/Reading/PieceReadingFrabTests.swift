import Foundation
@testable import LineupImport
import LineupModel
import Testing

/// frab XML and JSON read in pieces (`ByteSource`) import exactly as read whole, wherever the
/// pieces end; files the piece checks cannot take are read whole, with the same result.
@Suite("Reading frab files in pieces")
struct PieceReadingFrabTests {
    private func importPieces(_ bytes: [UInt8], pieceSize: Int, path: String) -> ImportedFile {
        ScheduleImporter.importFile(ByteSource(bytes: bytes, pieceSize: pieceSize), path: path, context: ImportContext(fileName: path))
    }

    /// The import of the whole file: for XML the reader that checks and parses a whole file
    /// at once, the reference the pieces must match.
    private func importWhole(_ bytes: [UInt8], path: String) -> ImportedFile {
        let context = ImportContext(fileName: path)
        guard XMLRoot.name(bytes) == "schedule" else { return ScheduleImporter.importFile(bytes: bytes, path: path, context: context) }
        let (fragment, diagnostics) = FrabXMLParser.parseWhole(bytes, path: path, context: context)
        return ImportedFile(fragments: [fragment], diagnostics: diagnostics, format: .frabXML)
    }

    private func expectSame(_ bytes: [UInt8], path: String, pieceSizes: [Int] = PieceReadingTests.pieceSizes) {
        let whole = importWhole(bytes, path: path)
        for pieceSize in pieceSizes {
            let pieces = importPieces(bytes, pieceSize: pieceSize, path: path)
            let note = "\(path) in pieces of \(pieceSize) bytes"
            #expect(pieces.format == whole.format, "\(note)")
            #expect(pieces.diagnostics == whole.diagnostics, "\(note)")
            #expect(pieces.fragments.map(\.source) == whole.fragments.map(\.source), "\(note)")
            #expect(pieces.fragments.map(\.sessions) == whole.fragments.map(\.sessions), "\(note)")
            #expect(pieces.fragments.map(\.talks) == whole.fragments.map(\.talks), "\(note)")
        }
    }

    /// frab XML with a DOCTYPE (blanked), CRLF line ends, multi-byte characters in texts and
    /// attributes, and a mistake on line 12 (the events before it are kept).
    static let xml = Array(("<?xml version='1.0' encoding='UTF-8'?>\r\n<!DOCTYPE schedule [<!ENTITY x 'y'>]>\r\n"
        + "<schedule><conference><title>Tagung \u{00FC}ber \u{1F600}</title><acronym>t</acronym>"
        + "<time_zone_name>Europe/Berlin</time_zone_name></conference>\r\n"
        + "<day index='1' date='2024-03-04'>\r\n<room name='Saal \u{00C4}'>\r\n"
        + "<event guid='g-1' id='1'><date>2024-03-04T10:00:00+01:00</date><start>10:00</start>\r\n"
        + "<duration>00:30</duration><title>J\u{00FC}rgen &amp; Gro\u{00DF}</title>\r\n"
        + "<persons><person id='1'>Zo\u{00EB} \u{4E2D}\u{6587}</person></persons></event>\r\n"
        + "<event guid='g-2' id='2'><date>2024-03-04T11:00:00+01:00</date><start>11:00</start>\r\n"
        + "<duration>00:30</duration><title>Zwei</title></event>\r\n"
        + "</room>\r\n<room name='B'><event id='3'><title>Drei</unclosed></event></room></day></schedule>\r\n").utf8)

    @Test("frab XML in pieces of any size: the same items, the DOCTYPE warning and the error on the same lines")
    func xmlInPieces() throws {
        let whole = importWhole(Self.xml, path: "p.xml")
        #expect(whole.fragments.flatMap(\.talks).map(\.title) == ["Jürgen & Groß", "Zwei"])
        #expect(whole.diagnostics.map(\.line) == [2, 12])
        expectSame(Self.xml, path: "p.xml")
    }

    @Test("frab XML the piece checks refuse (invalid UTF-8, a long text) is refused as when read whole, whatever the pieces")
    func xmlRefusedInPieces() {
        let valid = Array(Self.xml.prefix(while: { $0 != UInt8(ascii: "Z") }))
        // A lone continuation byte on line 9, and a UTF-8 character cut short at the very end.
        expectSame(valid + [0xBC] + Array(Self.xml[valid.count...]), path: "bad.xml")
        expectSame(Self.xml + [0xE2, 0x82], path: "cut.xml")
        // A text of more than 1 MiB without markup.
        var long = Array(Self.xml.prefix(upTo: valid.count))
        long += [UInt8](repeating: UInt8(ascii: "x"), count: FrabXMLReader.textLimit + 1)
        long += Array(Self.xml[valid.count...])
        let refused = importWhole(long, path: "long.xml")
        #expect(refused.diagnostics.contains { $0.message.contains("longer than the limit") })
        expectSame(long, path: "long.xml", pieceSizes: [4096, 1 << 20])
    }

    @Test("A DOCTYPE reaching past the head, or a prolog longer than the head, is read whole, with the same result")
    func xmlLongProlog() {
        let subset = String(repeating: "<!-- padding padding padding -->\n", count: 3_000)
        let doctype = Array("<?xml version='1.0'?>\n<!DOCTYPE schedule [\n\(subset)]>\n".utf8) + Self.xml.drop { $0 != UInt8(ascii: "<") }
            .drop(while: { $0 != UInt8(ascii: "\n") }).dropFirst().drop(while: { $0 != UInt8(ascii: "\n") }).dropFirst()
        #expect(XMLDoctype.scan(Array(doctype.prefix(ByteSource.headSize))) != .none)
        expectSame(Array(doctype), path: "doctype.xml", pieceSizes: [4096])
        let comment = Array("<?xml version='1.0'?>\n<!--\(subset)-->\n".utf8) + Array(Self.xml.dropFirst(40))
        expectSame(comment, path: "comment.xml", pieceSizes: [4096])
    }

    /// frab JSON with a byte-order mark, escapes (a surrogate pair, a "\n"), multi-byte
    /// characters, a bare NaN, and the title after the days (so the file is read twice).
    static let json = [0xEF, 0xBB, 0xBF] + Array(("""
        {"schedule": {"version": "1", "conference": {"acronym": "p", "time_zone_name": "Europe/Berlin", "days": [
         {"index": 1, "date": "2024-03-04", "rooms": {"Saal \\u00c4": [
          {"id": 1, "guid": "g-1", "date": "2024-03-04T10:00:00+01:00", "start": "10:00", "duration": "00:30",
           "title": "J\u{00FC}rgen \\ud83d\\ude00 Gro\u{00DF}", "abstract": "a\\nb", "score": NaN,
           "persons": [{"public_name": "Zo\u{00EB} \u{4E2D}\u{6587}"}]},
          {"id": 2, "guid": "g-2", "date": "2024-03-04T11:00:00+01:00", "start": "11:00", "duration": "00:30", "title": "Zwei"},
          "not an event"]}}],
         "title": "Late title"}}}
        """).utf8)

    @Test("frab JSON in pieces of any size: the same items and warnings, also when the file is read twice")
    func jsonInPieces() throws {
        let whole = importWhole(Self.json, path: "p.json")
        #expect(whole.format == .frabJSON)
        #expect(whole.fragments.flatMap(\.talks).map(\.title) == ["Jürgen 😀 Groß", "Zwei"])
        #expect(whole.fragments.first?.source.name == "Late title")
        #expect(whole.diagnostics.map(\.line) == [4, 7])
        expectSame(Self.json, path: "p.json")
        // Cut short: not frab JSON (nor any JSON), the same failure.
        expectSame(Array(Self.json.dropLast(5)), path: "cut.json", pieceSizes: [1, 7, 4096])
    }

    @Test("Other JSON read in pieces (Sessionize) is read whole once it is not frab JSON")
    func otherJSONInPieces() {
        let sessionize = Array("""
            {"sessions": [{"id": "1", "title": "S\u{00E9}ance", "startsAt": "2024-03-04T10:00:00",
              "endsAt": "2024-03-04T11:00:00", "roomId": 1, "speakers": ["a"]}],
             "speakers": [{"id": "a", "fullName": "Ann"}], "rooms": [{"id": 1, "name": "R"}], "categories": []}
            """.utf8)
        #expect(importWhole(sessionize, path: "s.json").format == .sessionize)
        expectSame(sessionize, path: "s.json", pieceSizes: [1, 3, 64])
    }

    @Test("Every real frab XML file reads in pieces as the whole-file reader reads it", .enabled(if: SharedFixtures.available, SharedFixtures.skipNote))
    func realXMLInPieces() throws {
        let folder = SharedFixtures.directory.appendingPathComponent("frab-xml")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(files.count == 6)
        for file in files {
            expectSame([UInt8](try Data(contentsOf: folder.appendingPathComponent(file))), path: file, pieceSizes: [4093, 1 << 20])
        }
    }
}

/// The JSON reader's string scan (eight bytes at a time) and the iCalendar unescaping (run by
/// run), against the plain byte-by-byte meaning, at every position in a word.
@Suite("Scanning strings a word at a time")
struct WordScanTests {
    @Test("A quote, backslash or raw line break at any offset ends the fast scan at exactly that byte")
    func jsonStringsAtEveryOffset() throws {
        for length in 0..<20 {
            for (special, expected) in [("\\\"", "\""), ("\\\\", "\\"), ("\n", "\n"), ("\\n", "\n"), ("é", "é")] {
                for at in 0...length {
                    let prefix = String(repeating: "a", count: at), suffix = String(repeating: "b", count: length - at)
                    let json = "[\"\(prefix)\(special)\(suffix)\", 1]"
                    let (root, _) = try JSONTreeReader.read(Array(json.utf8))
                    #expect(root.elements?.first?.string == prefix + expected + suffix, "\(json)")
                    // Lines counted through the string: the number after it is on line 2 for a raw break.
                    #expect(root.elements?.last?.line == (special == "\n" ? 2 : 1), "\(json)")
                }
            }
        }
        // An unclosed string is an error, however long.
        for length in 0..<20 {
            #expect(throws: JSONTreeError.self) { try JSONTreeReader.read(Array(("[\"" + String(repeating: "x", count: length)).utf8)) }
        }
    }

    @Test("iCalendar escapes resolve the same at the start, the end and between runs")
    func icalendarEscapes() {
        #expect(ICalText.unescape(#"\,a\;b\\c\Nd\ne\xf\"#) == ",a;b\\c\nd\ne\\xf\\")
        #expect(ICalText.unescape(#"\\\\"#) == "\\\\")
        #expect(ICalText.unescape(#"plain"#) == "plain")
        #expect(ICalText.list(#"A\,B,C\\,D\;E"#) == ["A,B", "C\\", "D;E"])
    }
}

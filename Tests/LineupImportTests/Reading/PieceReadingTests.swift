import Foundation
@testable import LineupImport
import LineupModel
import Testing

/// Large files are read in pieces (`ByteSource`): wherever the pieces end, a file imports
/// exactly as it does read whole: the same items, the same diagnostics with the same lines.
@Suite("Reading files in pieces")
struct PieceReadingTests {
    /// Every piece size here puts boundaries inside folds, CRLFs and UTF-8 characters of the
    /// files below.
    static let pieceSizes = [1, 2, 3, 5, 64, 333, 4096]

    /// The import of `bytes` read in pieces of `pieceSize`, and the import of them whole.
    private func both(_ bytes: [UInt8], pieceSize: Int, path: String = "t") -> (pieces: ImportedFile, whole: ImportedFile) {
        let context = ImportContext(fileName: path)
        let whole = ScheduleImporter.importFile(bytes: bytes, path: path, context: context)
        let pieces = ScheduleImporter.importFile(ByteSource(bytes: bytes, pieceSize: pieceSize), path: path, context: context)
        return (pieces, whole)
    }

    private func expectSame(_ pieces: ImportedFile, _ whole: ImportedFile, _ note: String) {
        #expect(pieces.format == whole.format, "\(note)")
        #expect(pieces.diagnostics == whole.diagnostics, "\(note)")
        #expect(pieces.failure?.message == whole.failure?.message, "\(note)")
        #expect(pieces.fragments.map(\.source) == whole.fragments.map(\.source), "\(note)")
        #expect(pieces.fragments.map(\.sessions) == whole.fragments.map(\.sessions), "\(note)")
        #expect(pieces.fragments.map(\.talks) == whole.fragments.map(\.talks), "\(note)")
    }

    /// An .ics with what piece boundaries could break: a fold inside "ü" (CRLF) and inside
    /// "ß" (bare LF and a tab), escaped text, a VTIMEZONE after the event that uses it (so the
    /// file is read a second time), and lines that warn (their numbers must stay right).
    static let calendar: [UInt8] = {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Pieces\r\nBEGIN:VEVENT\r\nUID:one@example\r\n"
        var bytes = Array(text.utf8)
        bytes += Array("SUMMARY:J".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xBC] + Array("rgen Gro".utf8) + [0xC3, 0x0A, 0x09, 0x9F]
        text = "\r\nDTSTART;TZID=Lokal:20240301T100000\r\nDURATION:PT1H\r\nLOCATION:Saal 1\\, oben\r\n"
            + "DESCRIPTION:line one\\nline two\r\n  and a fold\r\nthis line has no colon\r\n"
            + "DTEND:not a time\r\nEND:VEVENT\r\n"
            + "BEGIN:VTIMEZONE\r\nTZID:Lokal\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            + "BEGIN:VEVENT\r\nUID:two@example\r\nSUMMARY:Zwei\r\nDTSTART:20240301T120000Z\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR"
        return bytes + Array(text.utf8)
    }()

    @Test("An .ics read in pieces of any size imports as it does whole, warnings on the same lines")
    func calendarInPieces() throws {
        let whole = ScheduleImporter.importFile(bytes: Self.calendar, path: "p.ics", context: ImportContext(fileName: "p.ics"))
        let talks = whole.fragments.flatMap(\.talks)
        #expect(talks.map(\.title) == ["Jürgen Groß", "Zwei"])
        #expect(talks.first?.room == "Saal 1, oben")
        #expect(talks.first.map { ISOInstant.format($0.start!) } == "2024-03-01T09:00:00Z")
        #expect(whole.diagnostics.map(\.line) == [14, 15])
        for pieceSize in Self.pieceSizes + [Self.calendar.count - 1, Self.calendar.count] {
            let (pieces, whole) = both(Self.calendar, pieceSize: pieceSize, path: "p.ics")
            expectSame(pieces, whole, "pieces of \(pieceSize) bytes")
        }
    }

    @Test("A large .ics on disk is read in pieces by the loader, with the same result as read whole")
    func calendarFileThroughTheLoader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineup-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p.ics").path
        try Data(Self.calendar).write(to: URL(fileURLWithPath: path))
        let streamed = ScheduleLoader(streamingThreshold: 0).load([path])
        let whole = ScheduleLoader(streamingThreshold: .max).load([path])
        #expect(streamed.schedule.talks == whole.schedule.talks)
        #expect(streamed.diagnostics == whole.diagnostics)
        #expect(streamed.schedule.talks.count == 2)
        // A file source with tiny pieces, read through `pread`.
        var ignored: [UInt8] = []
        let source = try #require(try FileReader.open(path, readingSmallFilesInto: &ignored, streamingAbove: 0))
        var joined: [UInt8] = []
        while source.append(to: &joined) {}
        #expect(joined == Self.calendar)
    }

    @Test("A file source refuses to read past the size limit, even when the file grew after it was opened")
    func sizeLimitHolds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineup-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("grows.ics").path
        try Data(Self.calendar).write(to: URL(fileURLWithPath: path))
        var ignored: [UInt8] = []
        let source = try #require(try FileReader.open(path, readingSmallFilesInto: &ignored, streamingAbove: 0,
                                                      sizeLimit: Self.calendar.count + 10))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(repeating: 0x41, count: 100))
        try handle.close()
        let imported = ScheduleImporter.importFile(source, path: "grows.ics", context: ImportContext(fileName: "grows.ics"))
        #expect(imported.failure?.message == ImportError(file: "grows.ics", .tooLarge(bytes: Self.calendar.count + 11,
                                                                                        limit: Self.calendar.count + 10)).message)
        #expect(imported.fragments.isEmpty)
    }

    @Test("Every real schedule file imports the same read in pieces as read whole", .enabled(if: SharedFixtures.available, SharedFixtures.skipNote))
    func realFilesInPieces() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: SharedFixtures.directory.path)
            .filter { [".ics", ".xml", ".json"].contains(where: $0.hasSuffix) }.sorted()
        #expect(files.count >= 20)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: SharedFixtures.directory.appendingPathComponent(file)))
            for pieceSize in [1000, 65_536] {
                let (pieces, whole) = both(bytes, pieceSize: pieceSize, path: file)
                expectSame(pieces, whole, "\(file) in pieces of \(pieceSize) bytes")
            }
        }
    }
}

import LineupOutput
import Foundation
import LineupImport
import LineupModel
import LineupSearch

/// Invariants the fuzz targets check on every input beyond "does not crash".
enum FuzzChecks {
    /// The shipped schedule, loaded once, for targets that need real items.
    static let seedSchedule: Schedule = {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data").path
        return ScheduleLoader(referenceYear: 2026).load([data]).schedule
    }()
    static let seedIndex = SearchIndex(schedule: seedSchedule)
    static let someBookmarks: Set<TalkID> = Set(seedSchedule.talks.prefix(5).map(\.id))

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }

    /// Whatever a parser returned is usable: diagnostics name the file, slots do not end before
    /// they start, the pieces assemble, and every string is safe once sanitised.
    /// A file read in small pieces (as large files are read, pieces ending anywhere: inside
    /// folds, CRLFs, UTF-8 characters, tokens) imports exactly as the same bytes read whole.
    static func readsTheSameInPieces(_ bytes: [UInt8]) {
        let whole = ScheduleImporter.importFile(bytes: bytes, path: FuzzTarget.path, context: FuzzTarget.context)
        let pieceSize = 1 + bytes.count % 61
        let pieces = ScheduleImporter.importFile(ByteSource(bytes: bytes, pieceSize: pieceSize), path: FuzzTarget.path,
                                                 context: FuzzTarget.context)
        require(pieces.format == whole.format && pieces.diagnostics == whole.diagnostics
                    && pieces.failure?.message == whole.failure?.message,
                "read in pieces of \(pieceSize) bytes, the diagnostics differ from a whole read")
        require(pieces.fragments.map(\.talks) == whole.fragments.map(\.talks)
                    && pieces.fragments.map(\.sessions) == whole.fragments.map(\.sessions)
                    && pieces.fragments.map(\.source) == whole.fragments.map(\.source),
                "read in pieces of \(pieceSize) bytes, the items differ from a whole read")
    }

    static func imported(_ fragments: [ScheduleFragment], _ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            require(diagnostic.file == FuzzTarget.path, "diagnostic without the file: \(diagnostic)")
            require(diagnostic.line.map { $0 >= 1 } ?? true, "line numbers start at 1: \(diagnostic)")
        }
        let schedule = Schedule.assemble(fragments).schedule
        for talk in schedule.talks {
            if let start = talk.start, let end = talk.end {
                require(end >= start, "\(talk.id) ends before it starts")
            }
            if let start = talk.floatingStart, let end = talk.floatingEnd {
                require(end >= start, "\(talk.id) ends before it starts (floating)")
            }
            require(talk.floatingStart == nil || talk.start == nil, "\(talk.id) is floating and at an instant")
            inert(TerminalText.sanitize(talk.title))
            inert(TerminalText.sanitize(talk.authors.joined(separator: " · ")))
            _ = talk.displayAbstract
            require((try? TalkRecord.json(talk, in: schedule)) != nil, "\(talk.id) cannot be written as JSON")
        }
        for session in schedule.sessions {
            require(session.talkIDs.allSatisfy { schedule.talk($0) != nil }, "session lists an unknown item")
        }
    }

    /// A decoded schedule written and read again gives the same items.
    static func roundTrips(_ schedule: Schedule) {
        guard let data = try? NativeScheduleFormat.encode(schedule) else {
            return require(false, "a decoded schedule cannot be encoded")
        }
        guard let (fragments, _) = try? NativeScheduleFormat.decode(Array(data), path: FuzzTarget.path) else {
            return require(false, "an encoded schedule cannot be decoded")
        }
        let again = Schedule.assemble(fragments).schedule
        require(again.talks == schedule.talks, "the JSON round trip changed the items")
    }

    static func inert(_ text: String) {
        for scalar in text.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            require(false, "sanitizer let U+\(String(scalar.value, radix: 16)) through")
        }
    }
}

import Foundation
import LineupAgenda
import LineupImport
import LineupModel
import LineupSearch

/// One entry point of the parsers and readers that take untrusted bytes. Each `run` must
/// return normally for every input and keep the invariants it checks: a trap, a failed check,
/// a leak or a hang is a bug that libFuzzer reports with the input that caused it.
enum FuzzTarget: String, CaseIterable {
    case sessionPage = "session-page"
    case dailyPapers = "daily-papers"
    case formatDetection = "format-detection"
    case nativeSchedule = "native-schedule"
    case iCalendar = "icalendar"
    case sessionize
    case miniConf = "miniconf"
    case bookmarks
    case query
    case sanitizer
    case frabXML = "frab-xml"
    case frabJSON = "frab-json"

    static let path = "fuzz-input.txt"
    static let context = ImportContext(fileName: path, referenceYear: 2026)

    func run(_ bytes: [UInt8]) {
        switch self {
        case .sessionPage:
            guard let text = try? PageText(bytes: bytes, file: Self.path) else { return }
            let (fragment, diagnostics) = SessionPageParser.parse(text, context: Self.context)
            FuzzChecks.imported([fragment], diagnostics)
        case .dailyPapers:
            guard let text = try? PageText(bytes: bytes, file: Self.path) else { return }
            let (fragment, diagnostics) = DailyPapersParser.parse(text, context: Self.context)
            FuzzChecks.imported([fragment], diagnostics)
        case .formatDetection:
            let file = ScheduleImporter.importFile(bytes: bytes, path: Self.path, context: Self.context)
            FuzzChecks.imported(file.fragments, file.diagnostics)
            FuzzChecks.require(file.failure == nil || file.fragments.isEmpty, "a failed file gave fragments")
        case .nativeSchedule:
            guard let (fragments, diagnostics) = try? NativeScheduleFormat.decode(bytes, path: Self.path) else { return }
            FuzzChecks.imported(fragments, diagnostics)
            FuzzChecks.roundTrips(Schedule.assemble(fragments).schedule)
        case .iCalendar:
            let (fragment, diagnostics) = ICalendarParser.parse(bytes: bytes, path: Self.path, context: Self.context)
            FuzzChecks.imported([fragment], diagnostics)
            FuzzChecks.readsTheSameInPieces(bytes)
        case .sessionize:
            guard let (fragment, diagnostics) = SessionizeParser.parse(bytes: bytes, path: Self.path, context: Self.context) else { return }
            FuzzChecks.imported([fragment], diagnostics)
        case .miniConf:
            guard let (fragment, diagnostics) = MiniConfParser.parse(bytes: bytes, path: Self.path, context: Self.context) else { return }
            FuzzChecks.imported([fragment], diagnostics)
        case .bookmarks:
            guard case .bookmarks(let bookmarks) = BookmarkFile.decode(bytes) else { return }
            let again = BookmarkFile.decode(BookmarkFile.encode(bookmarks))
            FuzzChecks.require(again == .bookmarks(bookmarks), "bookmarks changed when saved and read again")
        case .query:
            let text = String(decoding: bytes, as: UTF8.self)
            guard let query = try? Query.parse(text) else { return }
            let result = FuzzChecks.seedIndex.search(query, bookmarked: FuzzChecks.someBookmarks)
            FuzzChecks.require(result.positions == result.positions.sorted(), "results not in schedule order")
            FuzzChecks.require(Set(result.ranked()) == Set(result.positions), "ranking lost or added items")
            for position in result.positions.prefix(3) {
                let title = FuzzChecks.seedSchedule.talks[position].title
                for range in query.highlightRanges(in: title, field: .title) {
                    FuzzChecks.require(range.lowerBound >= title.startIndex && range.upperBound <= title.endIndex,
                                       "highlight outside the title")
                }
            }
        case .frabXML:
            let (fragment, diagnostics) = FrabXMLParser.parse(bytes, path: Self.path, context: Self.context)
            FuzzChecks.imported([fragment], diagnostics)
            FuzzChecks.readsTheSameInPieces(bytes)
        case .frabJSON:
            FuzzChecks.readsTheSameInPieces(bytes)
            guard let (fragment, diagnostics) = FrabJSONParser.parse(bytes, path: Self.path, context: Self.context) else { return }
            FuzzChecks.imported([fragment], diagnostics)
        case .sanitizer:
            FuzzChecks.inert(TerminalText.sanitize(String(decoding: bytes, as: UTF8.self)))
        }
    }
}

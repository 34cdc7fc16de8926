import Foundation
import LineupAgenda
import LineupModel
import LineupSearch
@testable import LineupTUI

/// A tiny search for update tests: a talk matches when its title contains the text
/// (case-insensitive); text with a colon is rejected as an unknown field at column 0. The
/// real engine is used in the seed tests.
struct TitleWordSearch: TalkSearching {
    let schedule: Schedule
    private(set) var queries: [String] = []

    init(schedule: Schedule) {
        self.schedule = schedule
    }

    struct Matches: TalkMatches {
        let positions: [Int]
        let word: String
        var count: Int { positions.count }
        func contains(position: Int) -> Bool { positions.contains(position) }
        func ranked() -> [Int] { positions }
        func highlights(in text: String, field: SearchField) -> [Range<String.Index>] {
            var ranges: [Range<String.Index>] = []
            var start = text.startIndex
            while let range = text.range(of: word, options: .caseInsensitive, range: start..<text.endIndex) {
                ranges.append(range)
                start = range.upperBound
            }
            return ranges
        }
    }

    mutating func filter(_ text: String, bookmarked: Set<TalkID>, picks: [String: Set<TalkID>], now: Now?) -> SearchOutcome {
        queries.append(text)
        if let colon = text.firstIndex(of: ":") {
            let field = String(text[...colon])
            return .rejected(QueryError("unknown field \"\(field)\"", position: 0, length: field.count))
        }
        let positions = schedule.talks.indices.filter {
            schedule.talks[$0].title.range(of: text, options: .caseInsensitive) != nil
        }
        return .matches(Matches(positions: positions, word: text))
    }
}

/// A search whose index is not built yet: answers `.pending` until `ready` says it is.
struct SlowSearch: TalkSearching {
    var inner: TitleWordSearch
    let ready: () -> Bool
    var isReady: Bool { ready() }
    mutating func filter(_ text: String, bookmarked: Set<TalkID>, picks: [String: Set<TalkID>], now: Now?) -> SearchOutcome {
        ready() ? inner.filter(text, bookmarked: bookmarked, picks: picks, now: now) : .pending
    }
}

/// A browser state and its effect runner, driven by key names as a user would type. With
/// `now`, the clock is stopped there and the state has read it (the now line, dimming, `P`);
/// without, the state has no clock reading until `t` asks the effect runner's clock.
/// Bookmarks go to a real store in a fresh temporary directory.
struct Harness {
    var state: BrowserState
    let runner: EffectRunner
    let store: BookmarkStore
    /// Whether a key asked to quit.
    private(set) var quitRequested = false

    init(schedule: Schedule = HandBuiltSchedule.make(), size: TerminalSize = TerminalSize(columns: 160, rows: 45),
         search: (any TalkSearching)? = nil, bookmarksPath: String? = nil, dataFiles: [String] = [],
         now: Date? = nil, opensOnToday: Bool = false,
         linkOpener: LinkOpener = LinkOpener(command: ["/bin/false"])) {
        TestLocale.useUTF8()
        let utc = TimeZone(identifier: "UTC")!
        let path = bookmarksPath ?? HarnessFiles.root + "/\(UUID().uuidString)/bookmarks.json"
        store = BookmarkStore(path: path, now: { Date(timeIntervalSince1970: 1_700_000_000) })
        runner = EffectRunner(services: BrowserServices(search: search ?? TitleWordSearch(schedule: schedule), bookmarks: store,
                                                        dataFiles: dataFiles,
                                                        clock: .fixed(now ?? Date(timeIntervalSince1970: 1_700_000_000), floatingZone: utc),
                                                        linkOpener: linkOpener))
        let initial = (try? runner.loadBookmarks()) ?? .empty
        state = BrowserState(schedule: schedule, size: size, bookmarks: initial, userTimeZone: utc,
                             now: now.map { Now(instant: $0, floatingZone: utc) })
        if opensOnToday { state.openOnToday() }
    }

    /// The ids in the bookmark file now.
    var savedIDs: Set<TalkID> { (try? store.load().ids) ?? [] }

    mutating func send(_ keys: Key...) {
        for key in keys { dispatch(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.character(character)) }
    }

    mutating func dispatch(_ action: Action) {
        if runner.dispatch(action, to: &state).contains(.quit) { quitRequested = true }
    }

    var selectedTitle: String? { state.selectedTalk?.title }
    var screen: [String] { render(state).lines }
}

/// Where harnesses keep their bookmark files: one directory per test process, removed when the
/// process exits.
enum HarnessFiles {
    static let root: String = {
        atexit { try? FileManager.default.removeItem(atPath: HarnessFiles.root) }
        return NSTemporaryDirectory() + "lineup-tui-tests-\(getpid())"
    }()
}

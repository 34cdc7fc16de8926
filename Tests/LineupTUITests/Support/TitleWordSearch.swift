import Foundation
import LineupModel
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
        func highlights(in text: String, field: HighlightField) -> [Range<String.Index>] {
            var ranges: [Range<String.Index>] = []
            var start = text.startIndex
            while let range = text.range(of: word, options: .caseInsensitive, range: start..<text.endIndex) {
                ranges.append(range)
                start = range.upperBound
            }
            return ranges
        }
    }

    mutating func search(_ text: String, bookmarked: Set<TalkID>) -> SearchOutcome {
        queries.append(text)
        if let colon = text.firstIndex(of: ":") {
            let field = String(text[...colon])
            return .rejected(QueryProblem(message: "unknown field \"\(field)\"", position: 0, length: field.count))
        }
        let positions = schedule.talks.indices.filter {
            schedule.talks[$0].title.range(of: text, options: .caseInsensitive) != nil
        }
        return .matches(Matches(positions: positions, word: text))
    }
}

/// Bookmarks kept in memory, with a switch to fail the next save and a way to simulate
/// another process saving.
final class MemoryBookmarks: BookmarkSyncing {
    var ids: Set<TalkID> = []
    var failNextSave = false
    private var changed = false

    func load() throws -> Set<TalkID> {
        changed = false
        return ids
    }

    func setBookmark(_ talk: Talk, _ bookmarked: Bool) throws -> Set<TalkID> {
        if failNextSave {
            failNextSave = false
            throw TestError.diskFull
        }
        if bookmarked { ids.insert(talk.id) } else { ids.remove(talk.id) }
        changed = false
        return ids
    }

    func changedOutside() -> Bool { changed }

    /// Another process adds a bookmark.
    func addFromOutside(_ id: TalkID) {
        ids.insert(id)
        changed = true
    }

    enum TestError: Error, CustomStringConvertible {
        case diskFull
        var description: String { "disk full" }
    }
}

/// A browser state and its effect runner, driven by key names as a user would type.
struct Harness {
    var state: BrowserState
    let runner: EffectRunner
    let bookmarks = MemoryBookmarks()

    init(schedule: Schedule = HandBuiltSchedule.make(), size: TerminalSize = TerminalSize(columns: 160, rows: 45)) {
        TestLocale.useUTF8()
        state = BrowserState(schedule: schedule, size: size, userTimeZone: TimeZone(identifier: "UTC")!)
        runner = EffectRunner(services: BrowserServices(search: TitleWordSearch(schedule: schedule), bookmarks: bookmarks))
    }

    mutating func send(_ keys: Key...) {
        for key in keys { runner.dispatch(.key(key), to: &state) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.character(character)) }
    }

    mutating func dispatch(_ action: Action) {
        runner.dispatch(action, to: &state)
    }

    var selectedTitle: String? { state.selectedTalk?.title }
    var screen: [String] { render(state).lines }
}

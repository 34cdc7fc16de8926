import LineupFiles
import Foundation
import LineupAgenda
import LineupModel

/// Runs the effects `update` returns that need the outside world (the search engine, the
/// bookmark file, exports, the clock) and turns their outcomes into actions. Used by
/// `BrowserLoop` and, with the same services, by tests that need no terminal.
public final class EffectRunner {
    public private(set) var services: BrowserServices
    /// The bookmark file's stamp when this process last read or wrote it: a different stamp
    /// now means another process saved.
    private var knownStamp: FileStamp?

    public init(services: BrowserServices) {
        self.services = services
    }

    /// The bookmarks in the store now, remembering its stamp.
    public func loadBookmarks() throws -> BookmarkSet {
        guard let store = services.bookmarks else { return .empty }
        let set = try store.load()
        knownStamp = set.stamp
        return set
    }

    public func run(_ effect: Effect, in state: BrowserState) -> [Action] {
        switch effect {
        case .search(let text):
            return [search(text, in: state)]
        case .setBookmark(let id, let bookmarked):
            return setBookmark(id, bookmarked, in: state)
        case .setNote(let id, let note):
            return setNote(note, of: id, in: state)
        case .restoreBookmark(let bookmark, let next):
            return save(in: state) { try $0.restore(bookmark, before: next) }
        case .export(let format, let path, let replacing):
            return export(format, to: path, replacing: replacing, in: state)
        case .askTime:
            return [.timeIs(services.clock.read())]
        case .openLink(let link):
            do {
                try services.linkOpener.open(link)
                return []
            } catch {
                return [.effectFailed("Not opened: \(error.description)")]
            }
        case .scheduleReplaced:
            services.search = services.makeSearch(state.schedule)
            services.search.prepare()
            return []
        case .followBookmarks(let renamed):
            guard services.bookmarks != nil else { return [] }
            return save(in: state) { try $0.follow(renamedIDs: renamed) }
        case .refreshSources:
            guard let refresher = services.refresher else {
                return [.effectFailed("Nothing to update: the schedule comes from files, not URLs")]
            }
            if !refresher.start(force: true) {
                return [.sourcesChecked(age: refresher.ageText(now: Date()),
                                        problems: ["Not checked: --offline, or a check is running already"])]
            }
            return []
        case .quit, .suspend, .copyToClipboard:
            return []  // the loop's to act on: it owns the terminal
        }
    }

    /// A new reading of the clock when its minute differs from `previous`'s: the loop asks
    /// between keys, so the now line and hidden past talks follow the time.
    public func clockTick(after previous: Now?) -> Action? {
        let now = services.clock.read()
        let minute = { (reading: Now) in Int64(reading.instant.timeIntervalSince1970.rounded(.down)) / 60 }
        if let previous, minute(previous) == minute(now), previous.wallClock == now.wallClock { return nil }
        return .clockTicked(now)
    }

    /// Lets the engine build its index while the user looks at the first screen.
    public func prepareSearch() {
        services.search.prepare()
    }

    /// False while the engine builds its index (queries answer `.pending` meanwhile).
    public var searchIsReady: Bool { services.search.isReady }

    /// Runs the engine on a query text.
    public func search(_ text: String, in state: BrowserState) -> Action {
        .searchFinished(text: text, outcome: services.search.filter(text, bookmarked: state.bookmarks,
                                                                    picks: state.picks.idsByName, now: state.now))
    }

    /// The related talks of the selected talk, when they are not known yet and the engine can
    /// find them (its index is ready): a few milliseconds at 100,000 talks.
    public func relatedUpdate(for state: BrowserState) -> Action? {
        guard let position = state.selectedTalkPosition, state.related.position != position,
              let found = services.search.related(to: position, limit: RelatedTalks.limit) else { return nil }
        return .relatedFound(position: position, talks: found)
    }

    /// Friends' picks in their file; empty without one (or when it cannot be read).
    public func loadPicks() -> PicksSet {
        (try? services.picks?.load()) ?? .empty
    }

    private func setBookmark(_ id: TalkID, _ bookmarked: Bool, in state: BrowserState) -> [Action] {
        save(in: state) { store in
            if bookmarked {
                guard let talk = state.schedule.talk(id) else { return nil }
                return try store.add([talk])
            }
            return try store.remove([id])
        }
    }

    private func setNote(_ note: String?, of id: TalkID, in state: BrowserState) -> [Action] {
        save(in: state) { store in
            guard let note else { return try store.setNote(nil, for: id) }
            guard let talk = state.schedule.talk(id) else { return nil }
            return try store.add([talk], note: note)
        }
    }

    /// Runs one change of the store (nil: nothing to do) and answers with what it holds.
    private func save(in state: BrowserState, _ change: (BookmarkStore) throws -> BookmarkSet?) -> [Action] {
        guard let store = services.bookmarks else {
            return [.bookmarksLoaded(state.bookmarkSet), .effectFailed("Bookmarks cannot be saved: no bookmark file")]
        }
        do {
            guard let set = try change(store) else { return [] }
            knownStamp = set.stamp
            return [.bookmarksLoaded(set)]
        } catch {
            // The state showed the change already: put back what the file holds.
            let reloaded = (try? loadBookmarks()) ?? state.bookmarkSet
            return [.bookmarksLoaded(reloaded), .effectFailed("Bookmark not saved: \(error)")]
        }
    }

    private func export(_ format: ExportFormat, to path: String, replacing: Bool, in state: BrowserState) -> [Action] {
        let protected = (services.bookmarks.map { [ProtectedFile(path: $0.path, role: .bookmarks)] } ?? [])
            + (services.picks.map { [ProtectedFile(path: $0.path, role: .friendsPicks)] } ?? [])
            + services.dataFiles.map { ProtectedFile(path: $0, role: .data) }
        do {
            let set = services.bookmarks == nil ? state.bookmarkSet : try loadBookmarks()
            let agenda = Agenda(schedule: state.schedule, bookmarks: set)
            // The friends' picks the agenda shows go along, except into a calendar (yours alone).
            let friends = state.shownPicks.friends(in: state.picks)
            let shared = friends.isEmpty || !format.takesFriendsPicks
                ? SharedAgenda(alone: agenda) : SharedAgenda(own: agenda, friends: friends, schedule: state.schedule)
            let text = format.render(shared, now: services.clock.read().instant)
            try OutputFile.write(Array(text.utf8), to: Self.expandingHome(path), replacingExisting: replacing,
                                 protecting: protected)
            let note = state.shownPicks.label.map { format.takesFriendsPicks ? "with \($0)" : "your own calendar, without \($0)" }
            return [.bookmarksLoaded(set), .exportFinished(path: path, items: shared.allEntries.count, note: note)]
        } catch FileError.alreadyExists {
            return [.exportTargetExists(format, path: path)]
        } catch {
            return [.effectFailed("Export failed: \(error)")]
        }
    }

    /// "~/x" is the home directory's x; other paths are used as given (relative to the
    /// current directory).
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else {
            return path
        }
        return home + path.dropFirst()
    }

    /// Dispatches an action and every action its effects lead to, until none is left, and
    /// returns the effects only the loop can act on (`.quit`, `.suspend`, `.copyToClipboard`). Searches are run at once unless
    /// `deferSearch` collects them (the loop runs only the last one after reading all
    /// pending keys).
    @discardableResult
    public func dispatch(_ action: Action, to state: inout BrowserState, deferSearch: ((String) -> Void)? = nil) -> [Effect] {
        var queue = [action]
        var forTheLoop: [Effect] = []
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in update(&state, next) {
                switch effect {
                case .quit, .suspend, .copyToClipboard:
                    forTheLoop.append(effect)
                case .search(let text) where deferSearch != nil:
                    deferSearch?(text)
                default:
                    queue += run(effect, in: state)
                }
            }
        }
        return forTheLoop
    }

    /// Starts a background check of the sources if their copies are old enough (the
    /// refresher decides); cheap when it does not.
    public func startRefreshIfDue() {
        services.refresher?.start(force: false)
    }

    /// What a finished background check brings: the new schedule applied as an update (its
    /// changes computed against what is shown), then the data's age and any problems. Also
    /// the age alone when its words changed. Empty when there is nothing new.
    public func pollRefresh(in state: BrowserState) -> [Action] {
        guard let refresher = services.refresher else { return [] }
        let age = refresher.ageText(now: Date())
        guard let refresh = refresher.finished() else {
            return age == state.dataAge ? [] : [.sourcesChecked(age: age, problems: [])]
        }
        var actions: [Action] = []
        if let schedule = refresh.schedule {
            actions.append(.scheduleUpdated(ScheduleUpdate(from: state.schedule, to: schedule)))
        }
        actions.append(.sourcesChecked(age: age, problems: refresh.problems))
        return actions
    }

    /// Bookmarks saved by another process since the last look, as an action. One `stat`.
    public func pollOutsideChanges() -> Action? {
        guard let store = services.bookmarks, store.stamp() != knownStamp else { return nil }
        do {
            return .bookmarksLoaded(try loadBookmarks())
        } catch {
            knownStamp = store.stamp()  // report once, not every half second
            return .effectFailed("Cannot read the bookmarks: \(error)")
        }
    }
}

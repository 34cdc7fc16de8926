import Foundation
import LineupModel

/// Runs the effects `update` returns and turns their outcomes into actions. Used by the
/// terminal loop and, with the same services, by tests that need no terminal.
public final class EffectRunner {
    public private(set) var services: BrowserServices

    public init(services: BrowserServices) {
        self.services = services
    }

    public func run(_ effect: Effect, in state: BrowserState) -> [Action] {
        switch effect {
        case .search(let text):
            return [search(text, in: state)]
        case .setBookmark(let id, let bookmarked):
            guard let store = services.bookmarks else {
                return [.effectFailed("Bookmarks are not saved: no bookmark file")]
            }
            guard let talk = state.schedule.talk(id) else { return [] }
            do {
                return [.bookmarksLoaded(try store.setBookmark(talk, bookmarked))]
            } catch {
                // The state showed the change already: put back what the file holds.
                let reloaded = (try? store.load()).map { [Action.bookmarksLoaded($0)] } ?? []
                return reloaded + [.effectFailed("Bookmark not saved: \(error)")]
            }
        case .export(let format, let path):
            guard let exporter = services.exporter else { return [.effectFailed("Export is not available")] }
            do {
                let count = try exporter.export(format, schedule: state.schedule, to: path)
                return [.exportFinished(path: path, items: count)]
            } catch {
                return [.effectFailed("Export failed: \(error)")]
            }
        case .quit:
            return []
        }
    }

    /// Runs the engine on a query text.
    public func search(_ text: String, in state: BrowserState) -> Action {
        .searchFinished(text: text, outcome: services.search.search(text, bookmarked: state.bookmarks))
    }

    /// Dispatches an action and every action its effects lead to, until none is left.
    /// Searches are run at once unless `deferSearch` collects them (the loop runs only the
    /// last one after reading all pending keys).
    public func dispatch(_ action: Action, to state: inout BrowserState, deferSearch: ((String) -> Void)? = nil) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in update(&state, next) {
                if case .search(let text) = effect, let deferSearch {
                    deferSearch(text)
                } else {
                    queue += run(effect, in: state)
                }
            }
        }
    }

    /// Bookmarks saved by another process since the last look, as an action.
    public func pollOutsideChanges() -> Action? {
        guard let store = services.bookmarks, store.changedOutside() else { return nil }
        do {
            return .bookmarksLoaded(try store.load())
        } catch {
            return .effectFailed("Cannot read the bookmarks: \(error)")
        }
    }
}

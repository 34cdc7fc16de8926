import Dispatch
import Foundation
import LineupModel
import LineupSearch

/// The search engine with its index built on a background thread, started when the loop is
/// idle after the first frame: a large schedule (100,000 talks) neither delays the first
/// screen nor freezes typing while its index is built. Until the index is ready, queries
/// answer `.pending` and the loop asks again when it is.
public struct DeferredSearch: TalkSearching {
    private let builder: Builder

    public init(schedule: Schedule) {
        builder = Builder(schedule: schedule)
    }

    public mutating func prepare() {
        builder.startIfNeeded()
    }

    public var isReady: Bool { builder.isReady }

    public mutating func filter(_ text: String, bookmarked: Set<TalkID>, picks: [String: Set<TalkID>], now: Now?) -> SearchOutcome {
        builder.startIfNeeded()
        return builder.withSession { session in session.filter(text, bookmarked: bookmarked, picks: picks, now: now) } ?? .pending
    }

    public mutating func related(to position: Int, limit: Int) -> [Int]? {
        builder.startIfNeeded()
        return builder.withSession { session in session.related(to: position, limit: limit) } ?? nil
    }

    /// Owns the session; the lock guards it between the building thread and the main one.
    private final class Builder: @unchecked Sendable {
        private let schedule: Schedule
        private let lock = NSLock()
        private var session: SearchSession?
        private var started = false

        init(schedule: Schedule) {
            self.schedule = schedule
        }

        var isReady: Bool { lock.withLock { session != nil } }

        func startIfNeeded() {
            let start = lock.withLock { () -> Bool in
                defer { started = true }
                return !started
            }
            guard start else { return }
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                let built = SearchSession(index: SearchIndex(schedule: schedule, cores: ProcessInfo.processInfo.activeProcessorCount))
                lock.withLock { session = built }
            }
        }

        /// Runs `body` on the session when it is ready; nil while it is being built.
        func withSession<T>(_ body: (inout SearchSession) -> T) -> T? {
            lock.withLock {
                guard var current = session else { return nil }
                session = nil  // keeps `current` the only copy, so the body mutates it in place
                defer { session = current }
                return body(&current)
            }
        }
    }
}

import LineupModel
import LineupSearch

/// The search engine, with its index built on first use or when the loop is idle after the
/// first frame, so a large schedule does not delay the first screen.
public struct DeferredSearch: TalkSearching {
    private let schedule: Schedule
    private var session: SearchSession?

    public init(schedule: Schedule) {
        self.schedule = schedule
    }

    public mutating func prepare() {
        if session == nil { session = SearchSession(index: SearchIndex(schedule: schedule)) }
    }

    public mutating func filter(_ text: String, bookmarked: Set<TalkID>) -> SearchOutcome {
        var ready = session ?? SearchSession(index: SearchIndex(schedule: schedule))
        let outcome = ready.filter(text, bookmarked: bookmarked)
        session = ready
        return outcome
    }
}

import LineupModel

/// Which talks the panes show: those the filter matches, only the bookmarked ones while the
/// bookmarks-only switch is on, and none that is over while the past is hidden.
///
/// A small value taken once before a loop over many talks: asking `BrowserState.isVisible`
/// inside such a loop (from a mutating method) made the optimiser copy the whole browser
/// state per talk, 100 ms over 100,000 ranked hits.
struct TalkVisibility {
    let matches: (any TalkMatches)?
    let bookmarksOnly: Bool
    let bookmarks: Set<TalkID>
    /// The clock while the past is hidden; nil shows past talks.
    let pastBefore: Now?
    let talks: [Talk]

    /// The same filters but the search's: for loops over positions the search already
    /// matched (its hits, its ranking), which need not ask it again.
    var ignoringMatches: TalkVisibility {
        TalkVisibility(matches: nil, bookmarksOnly: bookmarksOnly, bookmarks: bookmarks, pastBefore: pastBefore, talks: talks)
    }

    /// True when no filter is on: every talk is shown.
    var showsEveryTalk: Bool { matches == nil && !bookmarksOnly && pastBefore == nil }

    /// Whether the talk at `position` of the schedule is shown; O(1).
    func contains(_ position: Int) -> Bool {
        if let matches, !matches.contains(position: position) { return false }
        if bookmarksOnly, !bookmarks.contains(talks[position].id) { return false }
        if let pastBefore, pastBefore.phase(of: talks[position]) == .past { return false }
        return true
    }
}

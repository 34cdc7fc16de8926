import LineupModel

/// The visible lists and the selection: recomputed when the filter changes, the selection
/// moves, or the terminal resizes. Every mutation here leaves the cursors' invariants intact.
extension BrowserState {
    /// Recomputes which days, sessions and talks are visible after the filter or the
    /// bookmarks changed, keeping the selected day, session and talk when they are still
    /// visible (else the first visible one). O(n) in matching talks plus the schedule's
    /// sessions.
    mutating func refreshVisibility() {
        let keptDay = selectedDay, keptSession = selectedSession, keptTalk = selectedTalkPosition
        let visibility = self.visibility
        if isFiltered {
            var counts = Array(repeating: 0, count: outline.schedule.sessions.count)
            var total = 0
            let candidates: [Int]
            if let matches = search.matches {
                candidates = matches.positions
            } else if bookmarksOnly {
                candidates = bookmarks.compactMap { outline.schedule.position(of: $0) }
            } else {
                candidates = Array(outline.schedule.talks.indices)
            }
            // Match positions need no second look at the matches: only the other filters.
            let others = visibility.ignoringMatches
            let sessionOfTalk = outline.sessionOfTalk
            if others.showsEveryTalk {
                for position in candidates { counts[sessionOfTalk[position]] += 1 }
                total = candidates.count
            } else {
                for position in candidates where others.contains(position) {
                    counts[sessionOfTalk[position]] += 1
                    total += 1
                }
            }
            visibleCountBySession = counts
            visibleTalkCount = total
            visibleDays = outline.sessionsOfDay.indices.filter { day in
                outline.sessionsOfDay[day].contains { counts[$0] > 0 }
            }
        } else {
            visibleCountBySession = nil
            visibleTalkCount = outline.talkCount
            visibleDays = Array(outline.sessionsOfDay.indices)
        }
        if ranksByRelevance, let matches = search.matches {
            let ranking = search.ranking ?? matches.ranked()
            search.ranking = ranking
            // The ranking holds only matches, so only the other filters can drop a hit.
            let others = visibility.ignoringMatches
            let hits = others.showsEveryTalk ? ranking : ranking.filter(others.contains)
            rankedTalks = hits
            rankedDayStyle = Self.dayStyle(ofHitsAmong: matches.positions, passing: others, dayOfTalk: outline.dayOfTalk)
        } else {
            rankedTalks = nil
        }
        dayCursor.select(keptDay.flatMap(visibleDays.firstIndex(of:)) ?? 0,
                         count: visibleDays.count, rows: layout.capacity(of: .days))
        rebuildSessions(keeping: keptSession)
        rebuildTalks(keeping: keptTalk)
    }

    /// How ranked hits name their day: by the span of the days of the `positions` that pass
    /// `others`. O(n) in positions; in ascending order (the matches', not the ranking's) the
    /// days are read in memory order, which at 100,000 hits is several times faster.
    private static func dayStyle(ofHitsAmong positions: [Int], passing others: TalkVisibility,
                                 dayOfTalk: [LocalDate?]) -> DayLabelStyle {
        var first: LocalDate?, last: LocalDate?
        let everyOne = others.showsEveryTalk
        for position in positions where everyOne || others.contains(position) {
            guard let day = dayOfTalk[position] else { continue }
            if first.map({ day < $0 }) ?? true { first = day }
            if last.map({ day > $0 }) ?? true { last = day }
        }
        guard let first, let last else { return .weekday }
        return .spanning(first, last)
    }

    /// Visible talks of a session (all of them when no filter is active).
    func visibleCount(ofSession session: Int) -> Int {
        visibleCountBySession?[session] ?? outline.talksOfSession[session].count
    }

    private mutating func rebuildSessions(keeping kept: Int?) {
        if let day = selectedDay {
            // Locals, not `visibleCount(ofSession:)`: see `TalkVisibility`.
            let filtered = isFiltered, counts = visibleCountBySession, talksOfSession = outline.talksOfSession
            visibleSessions = outline.sessionsOfDay[day].filter { !filtered || (counts?[$0] ?? talksOfSession[$0].count) > 0 }
        } else {
            visibleSessions = []
        }
        sessionCursor.select(kept.flatMap(visibleSessions.firstIndex(of:)) ?? 0,
                             count: visibleSessions.count, rows: layout.capacity(of: .sessions))
    }

    private mutating func rebuildTalks(keeping kept: Int?) {
        let before = selectedTalkPosition
        if let rankedTalks {
            visibleTalks = rankedTalks
        } else if let session = selectedSession {
            let all = outline.talksOfSession[session], visibility = self.visibility
            visibleTalks = isFiltered ? all.filter(visibility.contains) : all
        } else {
            visibleTalks = []
        }
        talkCursor.select(kept.flatMap(visibleTalks.firstIndex(of:)) ?? 0,
                          count: visibleTalks.count, rows: talkRows)
        if isRanking { followSelectedTalk() }
        if selectedTalkPosition != before { details.scrollToTop() }
    }

    // MARK: Moving the selection

    mutating func selectDay(_ index: Int) {
        dayCursor.select(index, count: visibleDays.count, rows: layout.capacity(of: .days))
        rebuildSessions(keeping: nil)
        guard let rankedTalks, let day = selectedDay else { return rebuildTalks(keeping: nil) }
        // Ranking: the best hit of that day.
        if let best = rankedTalks.firstIndex(where: { outline.dayOfSession[outline.sessionOfTalk[$0]] == day }) {
            selectTalk(best)
        }
    }

    mutating func selectSession(_ index: Int) {
        sessionCursor.select(index, count: visibleSessions.count, rows: layout.capacity(of: .sessions))
        guard let rankedTalks, let session = selectedSession else { return rebuildTalks(keeping: nil) }
        // Ranking: the best hit of that session.
        if let best = rankedTalks.firstIndex(where: { outline.sessionOfTalk[$0] == session }) {
            selectTalk(best)
        }
    }

    mutating func selectTalk(_ index: Int) {
        let before = selectedTalkPosition
        talkCursor.select(index, count: visibleTalks.count, rows: talkRows)
        if isRanking { followSelectedTalk() }
        if selectedTalkPosition != before { details.scrollToTop() }
    }

    /// While ranking: puts the days and sessions cursors on the selected talk's day and
    /// session, leaving the ranked list as it is.
    private mutating func followSelectedTalk() {
        guard let position = selectedTalkPosition else { return }
        let session = outline.sessionOfTalk[position]
        if let dayIndex = visibleDays.firstIndex(of: outline.dayOfSession[session]), dayIndex != dayCursor.selected {
            dayCursor.select(dayIndex, count: visibleDays.count, rows: layout.capacity(of: .days))
            rebuildSessions(keeping: session)
        } else if let sessionIndex = visibleSessions.firstIndex(of: session) {
            sessionCursor.select(sessionIndex, count: visibleSessions.count, rows: layout.capacity(of: .sessions))
        }
    }

    /// Applies a cursor operation to the list of `pane` and follows the selection into the
    /// panes to its right.
    mutating func moveCursor(of pane: Pane, _ operation: (inout ListCursor, _ count: Int, _ rows: Int) -> Void) {
        switch pane {
        case .days:
            var cursor = dayCursor
            operation(&cursor, visibleDays.count, layout.capacity(of: .days))
            if cursor.selected != dayCursor.selected { selectDay(cursor.selected) } else { dayCursor = cursor }
        case .sessions:
            var cursor = sessionCursor
            operation(&cursor, visibleSessions.count, layout.capacity(of: .sessions))
            if cursor.selected != sessionCursor.selected { selectSession(cursor.selected) } else { sessionCursor = cursor }
        case .talks:
            var cursor = talkCursor
            operation(&cursor, visibleTalks.count, talkRows)
            if cursor.selected != talkCursor.selected { details.scrollToTop() }
            talkCursor = cursor
            if isRanking { followSelectedTalk() }
        case .details:
            break
        }
    }

    /// Selects the day, session and talk of a talk position; false when it is hidden by the
    /// filter.
    @discardableResult
    mutating func reveal(talk position: Int) -> Bool {
        guard isVisible(position) else { return false }
        if isRanking {
            guard let index = visibleTalks.firstIndex(of: position) else { return false }
            selectTalk(index)
            return true
        }
        let session = outline.sessionOfTalk[position]
        let day = outline.dayOfSession[session]
        guard let dayIndex = visibleDays.firstIndex(of: day) else { return false }
        selectDay(dayIndex)
        guard let sessionIndex = visibleSessions.firstIndex(of: session) else { return false }
        selectSession(sessionIndex)
        guard let talkIndex = visibleTalks.firstIndex(of: position) else { return false }
        selectTalk(talkIndex)
        return true
    }

    /// The next (or previous) visible talk after the selected one in browsing order,
    /// wrapping around; nil when nothing is visible. O(n) in the worst case.
    func neighbouringVisibleTalk(forward: Bool) -> Int? {
        if isRanking {
            guard !visibleTalks.isEmpty else { return nil }
            let next = talkCursor.selected + (forward ? 1 : -1)
            return visibleTalks[(next % visibleTalks.count + visibleTalks.count) % visibleTalks.count]
        }
        let order = outline.browseOrder, visibility = self.visibility
        guard !order.isEmpty else { return nil }
        let start = selectedTalkPosition.map { outline.browseRank[$0] } ?? (forward ? order.count - 1 : 0)
        for step in 1...order.count {
            let rank = ((start + (forward ? step : -step)) % order.count + order.count) % order.count
            if visibility.contains(order[rank]) { return order[rank] }
        }
        return nil
    }

    /// Restores the cursors' invariants after a resize.
    mutating func clampCursors() {
        dayCursor.clamp(count: visibleDays.count, rows: layout.capacity(of: .days))
        sessionCursor.clamp(count: visibleSessions.count, rows: layout.capacity(of: .sessions))
        talkCursor.clamp(count: visibleTalks.count, rows: talkRows)
    }
}

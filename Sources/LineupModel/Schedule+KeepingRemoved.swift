extension Schedule {
    /// This schedule (a newer version) with every item of `old` that it no longer has kept as
    /// cancelled, so an update never silently drops an item (a bookmark of it still finds it).
    /// Items whose title carries a cancelled marker are marked cancelled too. A kept item goes
    /// back into its session, in time order, or into its old session when the newer version
    /// has no such session. Items are paired as `ItemMatching` says.
    /// O(n) in the items of both versions, plus assembling.
    public func keepingRemoved(from old: Schedule) -> Schedule {
        let matching = ItemMatching(old: old.talks, new: talks)
        var kept: [Talk] = []
        for (position, talk) in old.talks.enumerated() where matching.newByOld[position] == nil {
            var cancelled = talk
            cancelled.status = .cancelled
            kept.append(cancelled)
        }
        let marked = talks.contains { $0.status != .cancelled && CancellationMarker.isMarked($0.title) }
        if kept.isEmpty && !marked { return self }

        var allTalks = talks.map { talk -> Talk in
            var talk = talk
            if talk.isCancelled { talk.status = .cancelled }
            talk.alsoListedIn = []
            return talk
        }
        var sessionList = sessions
        var sessionPosition = Dictionary(uniqueKeysWithValues: sessionList.enumerated().map { ($1.id, $0) })
        var startByID: [TalkID: LocalDateTime] = [:]
        for talk in allTalks { startByID[talk.id] = talk.localStart }
        for var talk in kept {
            talk.alsoListedIn = []
            startByID[talk.id] = talk.localStart
            if let position = sessionPosition[talk.sessionID] {
                sessionList[position].insert(talk, startByID: startByID)
            } else if var session = old.session(talk.sessionID) {
                session.talkIDs = [talk.id]
                sessionPosition[session.id] = sessionList.count
                sessionList.append(session)
            } else {
                continue  // an old schedule always has the session of its item
            }
            allTalks.append(talk)
        }
        var sourceList = sources
        for source in old.sources where !sourceList.contains(where: { $0.fileName == source.fileName }) {
            sourceList.append(source)
        }
        var fragments = sourceList.map { ScheduleFragment(source: $0) }
        if fragments.isEmpty { return self }
        let fragmentByFile = Dictionary(sourceList.enumerated().map { ($1.fileName, $0) }, uniquingKeysWith: { first, _ in first })
        for session in sessionList {
            fragments[fragmentByFile[session.source] ?? fragments.count - 1].sessions.append(session)
        }
        fragments[0].talks = allTalks
        return Schedule.assemble(fragments).schedule
    }
}

extension Session {
    /// Adds `talk` before the first item that starts after it (at the end when untimed), and
    /// widens the session's span to hold it.
    mutating func insert(_ talk: Talk, startByID: [TalkID: LocalDateTime]) {
        let position = talk.localStart.flatMap { start in
            talkIDs.firstIndex { startByID[$0].map { $0 > start } ?? false }
        } ?? talkIDs.count
        talkIDs.insert(talk.id, at: position)
        if let talkStart = talk.start { start = min(start ?? talkStart, talkStart) }
        if let talkEnd = talk.end { end = max(end ?? talkEnd, talkEnd) }
    }
}

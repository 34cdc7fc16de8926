extension Schedule {
    /// Assembles parsed fragments into one schedule: sessions in schedule order, each with its
    /// items. Returns a warning for each item or session dropped as a duplicate (the same page
    /// loaded twice, say): the first item with an id, in fragment order, is kept, and it goes
    /// to the first session (in schedule order) that lists its id. Items no session lists are
    /// left out. O(s log s) in sessions plus O(n) in items.
    ///
    /// Items are moved, never copied: a copy of a `Talk` retains and later releases each of its
    /// strings, scattered over the heap, which at 100,000 items is most of the time assembling
    /// takes. Pass the last reference to `fragments` (`consume`) so the moves need no copy first.
    public static func assemble(_ fragments: consuming [ScheduleFragment]) -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Every item, in fragment order.
        var items: [Talk] = []
        items.reserveCapacity(fragments.reduce(0) { $0 + $1.talks.count })
        var sessions: [(session: Session, fragment: Int)] = []
        var seenSessions: Set<SessionID> = []
        for index in fragments.indices {
            var talks: [Talk] = []
            swap(&talks, &fragments[index].talks)
            items.append(moving: &talks)
            for session in fragments[index].sessions {
                if seenSessions.insert(session.id).inserted {
                    sessions.append((session, index))
                } else {
                    diagnostics.append(Diagnostic(
                        .warning, file: session.source,
                        "session \"\(session.title)\" is already loaded; its repeat is skipped"))
                }
            }
        }
        var firstPositionByID = [TalkID: Int](minimumCapacity: items.count)
        for position in items.indices {
            if let first = firstPositionByID[items[position].id] {
                let talk = items[position], kept = items[first]
                diagnostics.append(Diagnostic(
                    .warning, file: talk.source, line: talk.line,
                    "\"\(talk.title)\" repeats \(kept.source):\(kept.line); the first is kept"))
            } else {
                firstPositionByID[items[position].id] = position
            }
        }
        sortInScheduleOrder(&sessions)

        // The items in schedule order, as positions in `items`.
        var order: [Int] = []
        order.reserveCapacity(firstPositionByID.count)
        let orderedSessions = sessions.map { entry in
            var session = entry.session
            session.talkIDs = session.talkIDs.filter { id in
                guard let position = firstPositionByID.removeValue(forKey: id) else { return false }
                order.append(position)
                return true
            }
            return session
        }
        var talks = (consume items).permuted(keepingInOrder: order)
        linkRepeatedTitles(&talks)
        return (Schedule(sources: fragments.map(\.source), sessions: orderedSessions, talks: talks,
                         days: makeDays(orderedSessions)),
                diagnostics)
    }

    /// Schedule order of sessions: by day; then by start (a floating session by its wall
    /// clock), a file's room sessions of one day together at their earliest start, in the
    /// file's room order; then the order sources were given.
    static func sortInScheduleOrder(_ sessions: inout [(session: Session, fragment: Int)]) {
        let given = Dictionary(uniqueKeysWithValues: sessions.enumerated().map { ($1.session.id, $0) })
        func startKey(_ session: Session) -> Int {
            if let start = session.start { return Int(start.timeIntervalSince1970.rounded(.down)) }
            return session.floatingStart?.wallSecondsSinceEpoch ?? Int.max
        }
        struct RoomDay: Hashable { var fragment: Int; var day: LocalDate? }
        var roomDayStart: [RoomDay: Int] = [:]
        for (session, fragment) in sessions where session.kind == .room {
            let key = RoomDay(fragment: fragment, day: session.day)
            roomDayStart[key] = min(roomDayStart[key] ?? Int.max, startKey(session))
        }
        func sortKey(_ entry: (session: Session, fragment: Int)) -> Int {
            entry.session.kind == .room
                ? roomDayStart[RoomDay(fragment: entry.fragment, day: entry.session.day)] ?? Int.max
                : startKey(entry.session)
        }
        sessions.sort { lhs, rhs in
            let l = lhs.session, r = rhs.session
            if l.day != r.day { return (l.day ?? .distantFuture) < (r.day ?? .distantFuture) }
            let ls = sortKey(lhs), rs = sortKey(rhs)
            if ls != rs { return ls < rs }
            if lhs.fragment != rhs.fragment { return lhs.fragment < rhs.fragment }
            return given[l.id, default: 0] < given[r.id, default: 0]
        }
    }

    /// Fills `alsoListedIn` for items that share a normalised title across sessions (Q&A slots
    /// excepted), each list in schedule order.
    static func linkRepeatedTitles(_ talks: inout [Talk]) {
        // Normalised title -> its first item; first item -> all items, for repeated titles only.
        var firstByTitle: [String: Int] = [:]
        var repeated: [Int: [Int]] = [:]
        for index in talks.indices where talks[index].kind != .qa {
            let title = TalkID.normalisedTitle(talks[index].title)
            if let first = firstByTitle[title] {
                repeated[first, default: [first]].append(index)
            } else {
                firstByTitle[title] = index
            }
        }
        for positions in repeated.values {
            let sessionIDs = positions.map { talks[$0].sessionID }
            let ids = positions.map { talks[$0].id }
            for (member, position) in positions.enumerated() {
                talks[position].alsoListedIn = positions.indices
                    .filter { sessionIDs[$0] != sessionIDs[member] }
                    .map { ids[$0] }
            }
        }
    }

    /// Conference sessions group by (date, conference); each listing is a day of its own.
    static func makeDays(_ sessions: [Session]) -> [Day] {
        var days: [Day] = []
        var positionByKey: [String: Int] = [:]
        for session in sessions {
            let key = session.kind == .listing
                ? session.id.rawValue
                : "\(session.day?.iso ?? "undated")|\(session.conference)"
            if let position = positionByKey[key] {
                days[position].sessionIDs.append(session.id)
            } else {
                positionByKey[key] = days.count
                days.append(Day(id: key, date: session.day, title: session.conference,
                                isListing: session.kind == .listing, sessionIDs: [session.id]))
            }
        }
        return days
    }
}

extension Array {
    /// Appends the elements of `other` by moving them (no element is copied), leaving `other` empty.
    mutating func append(moving other: inout [Element]) {
        other.withUnsafeMutableBufferPointer { $0.reverse() }  // the buffer's swaps move; Array's copy
        while let element = other.popLast() {
            append(element)
        }
    }

    /// The elements at `positions` (distinct), in that order; the others are dropped. Moves
    /// elements by swapping them into place (O(n) swaps), never copying one.
    consuming func permuted(keepingInOrder positions: [Int]) -> [Element] {
        // destination[i]: where element i goes; the dropped go after the kept, in any order.
        var destination = [Int](repeating: -1, count: count)
        for (target, position) in positions.enumerated() {
            destination[position] = target
        }
        var next = positions.count
        for index in destination.indices where destination[index] < 0 {
            destination[index] = next
            next += 1
        }
        withUnsafeMutableBufferPointer { elements in
            for index in elements.indices {
                while destination[index] != index {
                    let target = destination[index]
                    elements.swapAt(index, target)  // a move of both; Array.swapAt copies
                    destination.swapAt(index, target)
                }
            }
        }
        removeLast(count - positions.count)
        return self
    }
}

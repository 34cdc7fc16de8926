extension Schedule {
    /// Assembles parsed fragments into one schedule: O(s log s) in sessions plus O(n) in items.
    /// Returns a warning for each item or session dropped as a duplicate (the same page loaded
    /// twice, say): the first item with an id, in fragment order, is kept.
    ///
    /// Items are moved out of `fragments`, not copied, and each fragment's item array is freed
    /// as soon as nothing more can be taken from it, so the items are held once, not twice, at
    /// the peak. Pass the last reference (`consume`) to get that; a shared array is copied first.
    public static func assemble(_ fragments: consuming [ScheduleFragment]) -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Item i of fragment f is number `firstItem[f] + i` in fragment order.
        var firstItem: [Int] = []
        firstItem.reserveCapacity(fragments.count + 1)
        var itemCount = 0
        for sourceIndex in fragments.indices {
            firstItem.append(itemCount)
            itemCount += fragments[sourceIndex].talks.count
        }
        firstItem.append(itemCount)
        // Title hashes the parsers computed while the titles were in cache (moving the items
        // out empties the fragments' own copies); the rest are computed when linking.
        let titleHashesByFragment = fragments.map { $0.titleHashes.count == $0.talks.count ? $0.titleHashes : [] }

        // Entry k is the first item of its id, in fragment order, at `firstLocations[k]`;
        // `entryOfItem` gives each item's entry, or -1 for a repeat.
        var firstLocations: [(fragment: Int32, index: Int32)] = []
        firstLocations.reserveCapacity(itemCount)
        var entryOfItem = [Int32](repeating: -1, count: itemCount)
        var firstByID = HashSlots(capacity: itemCount)
        /// Per fragment: first items not yet taken; at 0 its item array is freed.
        var pending = [Int](repeating: 0, count: fragments.count)
        var seenSessions: Set<SessionID> = []
        var orderedSessions: [(session: Session, sourceIndex: Int)] = []
        for sourceIndex in fragments.indices {
            for index in fragments[sourceIndex].talks.indices {
                let entry = firstLocations.count
                let hash = fragments[sourceIndex].talks[index].id.slotHash
                let first = firstByID.insert(entry, hash: hash) { other in
                    let location = firstLocations[other]
                    return fragments[Int(location.fragment)].talks[Int(location.index)].id
                        == fragments[sourceIndex].talks[index].id
                }
                if let first {
                    let location = firstLocations[first]
                    let talk = fragments[sourceIndex].talks[index]
                    let kept = fragments[Int(location.fragment)].talks[Int(location.index)]
                    diagnostics.append(Diagnostic(
                        .warning, file: talk.source, line: talk.line,
                        "\"\(talk.title)\" repeats \(kept.source):\(kept.line); the first is kept"))
                } else {
                    firstLocations.append((Int32(sourceIndex), Int32(index)))
                    entryOfItem[firstItem[sourceIndex] + index] = Int32(entry)
                    pending[sourceIndex] += 1
                }
            }
            for session in fragments[sourceIndex].sessions {
                if seenSessions.insert(session.id).inserted {
                    orderedSessions.append((session, sourceIndex))
                } else {
                    diagnostics.append(Diagnostic(
                        .warning, file: session.source,
                        "session \"\(session.title)\" is already loaded; its repeat is skipped"))
                }
            }
            fragments[sourceIndex].sessions = []
        }
        // By day; a file's room sessions of one day keep the file's room order; otherwise by
        // start (a floating session by its wall clock), then the order sources were given.
        let fragmentOrder = Dictionary(uniqueKeysWithValues: orderedSessions.enumerated().map { ($1.session.id, $0) })
        func startKey(_ session: Session) -> Int {
            if let start = session.start { return Int(start.timeIntervalSince1970.rounded(.down)) }
            return session.floatingStart?.wallSecondsSinceEpoch ?? Int.max
        }
        // A file's rooms of one day move together, at their earliest start.
        struct RoomDay: Hashable { var source: Int; var day: LocalDate? }
        var roomDayStart: [RoomDay: Int] = [:]
        for (session, sourceIndex) in orderedSessions where session.kind == .room {
            let key = RoomDay(source: sourceIndex, day: session.day)
            roomDayStart[key] = min(roomDayStart[key] ?? Int.max, startKey(session))
        }
        func sortKey(_ entry: (session: Session, sourceIndex: Int)) -> Int {
            entry.session.kind == .room
                ? roomDayStart[RoomDay(source: entry.sourceIndex, day: entry.session.day)] ?? Int.max
                : startKey(entry.session)
        }
        orderedSessions.sort { lhs, rhs in
            let l = lhs.session, r = rhs.session
            if l.day != r.day { return (l.day ?? .distantFuture) < (r.day ?? .distantFuture) }
            let ls = sortKey(lhs), rs = sortKey(rhs)
            if ls != rs { return ls < rs }
            if lhs.sourceIndex != rhs.sourceIndex { return lhs.sourceIndex < rhs.sourceIndex }
            return fragmentOrder[l.id, default: 0] < fragmentOrder[r.id, default: 0]
        }

        // Each first item goes to the first session (in schedule order) that lists its id.
        var taken = [Bool](repeating: false, count: firstLocations.count)
        var talks: [Talk] = []
        talks.reserveCapacity(firstLocations.count)
        var titleHashes: [UInt64?] = []
        titleHashes.reserveCapacity(firstLocations.count)
        var positionByID = HashSlots(capacity: firstLocations.count)
        var sessions: [Session] = []
        sessions.reserveCapacity(orderedSessions.count)
        for (session, sourceIndex) in orderedSessions {
            // The session's id list is shared, not rebuilt, unless some id is left out.
            var keptIDs: [TalkID]?
            for (position, id) in session.talkIDs.enumerated() {
                // A page lists its own items in order: try the item at the same position first.
                let hash = id.slotHash
                var entry: Int?
                if position < fragments[sourceIndex].talks.count {
                    let guess = Int(entryOfItem[firstItem[sourceIndex] + position])
                    if guess >= 0, !taken[guess], fragments[sourceIndex].talks[position].id == id {
                        entry = guess
                    }
                }
                if entry == nil {
                    entry = firstByID.find(hash: hash) { entry in
                        guard !taken[entry] else { return false }
                        let location = firstLocations[entry]
                        return fragments[Int(location.fragment)].talks[Int(location.index)].id == id
                    }
                }
                guard let entry else {
                    if keptIDs == nil { keptIDs = Array(session.talkIDs[..<position]) }
                    continue
                }
                taken[entry] = true
                let fragment = Int(firstLocations[entry].fragment), index = Int(firstLocations[entry].index)
                var talk = Talk.movedOut
                swap(&talk, &fragments[fragment].talks[index])
                pending[fragment] -= 1
                if pending[fragment] == 0 { fragments[fragment].talks = [] }
                _ = positionByID.insert(talks.count, hash: hash) { _ in false }
                titleHashes.append(titleHashesByFragment[fragment].isEmpty ? nil : titleHashesByFragment[fragment][index])
                talks.append(consume talk)
                keptIDs?.append(id)
            }
            var kept = session
            if let keptIDs { kept.talkIDs = keptIDs }
            sessions.append(kept)
        }
        firstLocations = []
        entryOfItem = []
        taken = []
        linkRepeatedTitles(&talks, titleHashes: titleHashes)
        let sources = fragments.map(\.source)
        fragments = []
        return (Schedule(sources: sources, sessions: sessions, talks: talks, days: makeDays(sessions),
                         positionByID: positionByID),
                diagnostics)
    }

    /// Fills `alsoListedIn` for items that share a normalised title across sessions (Q&A slots
    /// excepted), each list in schedule order. Titles are grouped by a hash of their normalised
    /// form (`titleHashes[i]`, when given, is `TalkID.normalisedTitleHash(talks[i].title)`);
    /// the titles of a group are then compared, so titles that merely collide are split.
    static func linkRepeatedTitles(_ talks: inout [Talk], titleHashes: [UInt64?] = []) {
        var groupByHash = HashSlots(capacity: talks.count)
        var hashes = [UInt64](repeating: 0, count: talks.count)
        var groupFirst: [Int32] = []
        var groupLast: [Int32] = []
        var groupSize: [Int32] = []
        /// The next item of the same hash group, -1 at its end.
        var next = [Int32](repeating: -1, count: talks.count)
        for index in talks.indices where talks[index].kind != .qa {
            let known = index < titleHashes.count ? titleHashes[index] : nil
            let hash = known ?? TalkID.normalisedTitleHash(talks[index].title)
            hashes[index] = hash
            let found = groupByHash.insert(groupFirst.count, hash: hash) { hashes[Int(groupFirst[$0])] == hash }
            if let group = found {
                next[Int(groupLast[group])] = Int32(index)
                groupLast[group] = Int32(index)
                groupSize[group] += 1
            } else {
                groupFirst.append(Int32(index))
                groupLast.append(Int32(index))
                groupSize.append(1)
            }
        }
        for group in groupFirst.indices where groupSize[group] > 1 {
            var members: [Int] = []
            var position = Int(groupFirst[group])
            while position >= 0 {
                members.append(position)
                position = Int(next[position])
            }
            // Split by the titles themselves: a shared hash is almost always a shared title.
            while let first = members.first {
                var same: [Int] = [], rest: [Int] = []
                for member in members {
                    if member == first || TalkID.haveSameNormalisedTitle(talks[first].title, talks[member].title) {
                        same.append(member)
                    } else {
                        rest.append(member)
                    }
                }
                if same.count > 1 { link(same, in: &talks) }
                members = rest
            }
        }
    }

    /// Sets each item's `alsoListedIn` to the others of `positions` (ascending) in other sessions.
    private static func link(_ positions: [Int], in talks: inout [Talk]) {
        let ids = positions.map { talks[$0].id }
        let sessionIDs = positions.map { talks[$0].sessionID }
        for (member, position) in positions.enumerated() {
            var others: [TalkID] = []
            others.reserveCapacity(positions.count - 1)
            for other in positions.indices where sessionIDs[other] != sessionIDs[member] {
                others.append(ids[other])
            }
            talks[position].alsoListedIn = others
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

extension Talk {
    /// What an item moved out of a fragment leaves behind: no heap storage, so it costs
    /// nothing to destroy.
    static var movedOut: Talk {
        Talk(id: TalkID(digest: 0), title: "", kind: .oral, sessionID: SessionID(""), session: "", source: "")
    }
}

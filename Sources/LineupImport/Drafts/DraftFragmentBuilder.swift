import Foundation
import LineupModel

/// Turns a format reader's `ScheduleDraft` into a `ScheduleFragment`: ids from the source's ids
/// (two different items sharing one get distinct ids and a warning; one item listed twice is
/// kept once), days from each item's own wall clock, and sessions: the draft's own, or one
/// `.room` session per (day, room) in the source's room order with its items in time order.
/// Untimed items go into one listing.
enum DraftFragmentBuilder {
    static func build(_ draft: ScheduleDraft, format: Source.Format, context: ImportContext,
                      file: String) -> (ScheduleFragment, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let conference = context.sourceName ?? draft.name ?? context.fileName
        let namespace = draft.acronym ?? draft.name ?? context.fileName
        let source = Source(fileName: context.fileName, name: conference, format: format, acronym: draft.acronym)
        let items = uniqueItems(draft, file: file, diagnostics: &diagnostics)

        // Ids: from the source id where there is one, else from time and title.
        let deriver = TalkIDDeriver(leadingParts: [format.rawValue, namespace])
        var ids: [TalkID] = []
        ids.reserveCapacity(items.count)
        for (draftIndex, key) in items {
            if let key {
                ids.append(TalkID.fromSource(namespace: namespace, sourceID: key))
            } else {
                let timing = draft.items[draftIndex].timing
                ids.append(deriver.id(start: timing.instantStart, fallback: timing.wallStart.map(Self.wallText) ?? "",
                                      title: draft.items[draftIndex].title))
            }
        }

        let groups = draft.sessions.isEmpty ? roomGroups(draft, kept: items.map(\.draftIndex))
            : draftGroups(draft, kept: items.map(\.draftIndex))
        var sessions: [Session] = []
        var talks: [Talk] = []
        talks.reserveCapacity(items.count)
        for group in groups {
            let sessionID = SessionID.derive([format.rawValue, namespace, group.key])
            var session = Session(id: sessionID, kind: group.kind, title: group.title, room: group.room,
                                  source: context.fileName, conference: conference, day: group.day)
            for index in group.itemIndices {
                let talk = makeTalk(draft.items[items[index].draftIndex], id: ids[index], sessionID: sessionID, session: group.title,
                                    source: context.fileName)
                session.talkIDs.append(talk.id)
                talks.append(talk)
            }
            session.setSpan(from: talks.suffix(group.itemIndices.count), timing: group.timing)
            sessions.append(session)
        }
        return (ScheduleFragment(source: source, sessions: sessions, talks: talks), diagnostics)
    }

    private static func makeTalk(_ item: ItemDraft, id: TalkID, sessionID: SessionID, session: String,
                                 source: String) -> Talk {
        var start: Date?, end: Date?, floatingStart: LocalDateTime?, floatingEnd: LocalDateTime?, day: LocalDate?
        switch item.timing {
        case .instant(let startSeconds, let endSeconds, _, let offset):
            start = Date(timeIntervalSince1970: TimeInterval(startSeconds))
            end = endSeconds.map { Date(timeIntervalSince1970: TimeInterval($0)) }
            day = LocalDateTime(wallSecondsSinceEpoch: startSeconds + offset).date
        case .floating(let startSeconds, let endSeconds):
            floatingStart = LocalDateTime(wallSecondsSinceEpoch: startSeconds)
            floatingEnd = endSeconds.map { LocalDateTime(wallSecondsSinceEpoch: $0) }
            day = floatingStart?.date
        case .untimed:
            break
        }
        let kind = TalkKind(name: item.kind ?? (item.timing == .untimed ? "paper" : "talk"))
        return Talk(
            id: id, title: item.title, authors: item.people, kind: kind, start: start, end: end,
            timeZoneID: item.timing.zoneID, utcOffset: item.timing.offset, day: day, sessionID: sessionID,
            session: session, room: item.room, abstract: item.abstract, links: LinkExtractor.links(in: item.abstract),
            source: source, line: item.line,
            floatingStart: floatingStart, floatingEnd: floatingEnd, subtitle: item.subtitle, track: item.track,
            language: item.language, description: item.description, url: item.url,
            resources: item.resources.map { TalkLink(url: $0.url, title: $0.title) }, sourceID: item.sourceID,
            status: item.cancelled ? .cancelled : .scheduled)
    }

    static func wallText(_ wall: Int) -> String {
        let local = LocalDateTime(wallSecondsSinceEpoch: wall)
        return local.description
    }

    // MARK: - Duplicates

    /// The items to keep (their index in the draft) with the key their id derives from, by
    /// `RepeatedSourceIDs`: the same content under one key is kept once; other content keeps
    /// a numbered key.
    private static func uniqueItems(_ draft: ScheduleDraft, file: String, diagnostics: inout [Diagnostic])
        -> [(draftIndex: Int, key: String?)]
    {
        var kept: [(draftIndex: Int, key: String?)] = []
        kept.reserveCapacity(draft.items.count)
        var repeated = RepeatedSourceIDs(file: file)
        for index in draft.items.indices {
            let item = draft.items[index]
            guard let sourceKey = item.idKey ?? item.sourceID else {
                kept.append((index, nil))
                continue
            }
            guard let key = repeated.admit(key: sourceKey, at: kept.count, title: item.title, line: item.line,
                                           diagnostics: &diagnostics, kept: { position in
                let other = draft.items[kept[position].draftIndex]
                return .init(title: other.title, line: other.line, isSame: Self.sameContent(other, item))
            }) else { continue }
            kept.append((index, key))
        }
        return kept
    }

    private static func sameContent(_ left: ItemDraft, _ right: ItemDraft) -> Bool {
        left.title == right.title && left.timing == right.timing && left.room == right.room
            && left.people == right.people && left.abstract == right.abstract
    }

    // MARK: - Sessions

    private struct Group {
        var key: String
        var kind: Session.Kind
        var title: String
        var room: String?
        var day: LocalDate?
        var timing: ItemTiming?
        /// Indices into the kept items.
        var itemIndices: [Int]
    }

    /// One `.room` group per (day, room): days in order, rooms in the source's order then in
    /// order of first use; items by start time, then source order. Untimed items last, as one
    /// listing.
    private static func roomGroups(_ draft: ScheduleDraft, kept: [Int]) -> [Group] {
        var roomRank: [String: Int] = [:]
        for room in draft.rooms where roomRank[room] == nil { roomRank[room] = roomRank.count }
        struct DayRoom: Hashable {
            var days: Int
            var room: String
        }
        var groupIndex: [DayRoom: Int] = [:]
        var groups: [Group] = []
        var untimed: [Int] = []
        for (index, draftIndex) in kept.enumerated() {
            guard let wall = draft.items[draftIndex].timing.wallStart else {
                untimed.append(index)
                continue
            }
            let day = LocalDateTime(wallSecondsSinceEpoch: wall).date
            let itemRoom = draft.items[draftIndex].room
            let room = itemRoom ?? ""
            if roomRank[room] == nil { roomRank[room] = roomRank.count }
            let dayRoom = DayRoom(days: day.daysSinceEpoch, room: room)
            if let existing = groupIndex[dayRoom] {
                groups[existing].itemIndices.append(index)
            } else {
                groupIndex[dayRoom] = groups.count
                groups.append(Group(key: day.iso + "\u{1F}" + room, kind: .room, title: itemRoom ?? "No room", room: itemRoom, day: day,
                                    timing: nil, itemIndices: [index]))
            }
        }
        groups.sort { left, right in
            if left.day != right.day { return (left.day ?? LocalDate(daysSinceEpoch: 0)) < (right.day ?? LocalDate(daysSinceEpoch: 0)) }
            return (roomRank[left.room ?? ""] ?? 0) < (roomRank[right.room ?? ""] ?? 0)
        }
        for position in groups.indices {
            groups[position].itemIndices.sort { left, right in
                let a = draft.items[kept[left]].timing.sortKey, b = draft.items[kept[right]].timing.sortKey
                return a != b ? a < b : left < right
            }
        }
        if !untimed.isEmpty {
            groups.append(Group(key: "untimed", kind: .listing, title: "Papers", room: nil, day: nil, timing: .untimed,
                                itemIndices: untimed))
        }
        return groups
    }

    /// The draft's own sessions (their items by position in the kept list), then one listing of
    /// the items no session holds.
    private static func draftGroups(_ draft: ScheduleDraft, kept: [Int]) -> [Group] {
        var position: [Int: Int] = [:]
        for (keptIndex, draftIndex) in kept.enumerated() { position[draftIndex] = keptIndex }
        var placed = Set<Int>()
        var groups: [Group] = []
        for (number, session) in draft.sessions.enumerated() {
            var indices: [Int] = []
            for draftIndex in session.itemIndices {
                guard let keptIndex = position[draftIndex], placed.insert(keptIndex).inserted else { continue }
                indices.append(keptIndex)
            }
            let day = session.timing.wallStart.map { LocalDateTime(wallSecondsSinceEpoch: $0).date }
            groups.append(Group(key: "session:" + (session.sourceID ?? String(number)), kind: .slots, title: session.title,
                                room: session.room, day: day, timing: session.timing, itemIndices: indices))
        }
        let rest = kept.indices.filter { !placed.contains($0) }
        if !rest.isEmpty {
            groups.append(Group(key: "untimed", kind: .listing, title: "Papers", room: nil, day: nil, timing: .untimed,
                                itemIndices: rest))
        }
        return groups
    }
}

private extension Session {
    /// Start and end from the session's own timing when it has one, else from its items.
    mutating func setSpan(from talks: ArraySlice<Talk>, timing: ItemTiming?) {
        switch timing {
        case .instant(let start, let end, let zoneID, let offset)?:
            self.start = Date(timeIntervalSince1970: TimeInterval(start))
            self.end = end.map { Date(timeIntervalSince1970: TimeInterval($0)) }
            timeZoneID = zoneID
            utcOffset = offset
            return
        case .floating(let start, let end)?:
            floatingStart = LocalDateTime(wallSecondsSinceEpoch: start)
            floatingEnd = end.map { LocalDateTime(wallSecondsSinceEpoch: $0) }
            return
        case .untimed?:
            return
        case nil:
            break
        }
        let timed = talks.filter { $0.start != nil }
        if let first = timed.min(by: { ($0.start ?? .distantPast) < ($1.start ?? .distantPast) }) {
            start = first.start
            end = timed.compactMap { $0.end ?? $0.start }.max()
            timeZoneID = first.timeZoneID
            utcOffset = first.utcOffset
        }
        let floating = talks.compactMap(\.floatingStart)
        if start == nil, let first = floating.min() {
            floatingStart = first
            floatingEnd = talks.compactMap { $0.floatingEnd ?? $0.floatingStart }.max()
        }
    }
}

extension ItemTiming {
    /// The start as an instant, nil for floating and untimed items.
    var instantStart: Date? {
        if case .instant(let start, _, _, _) = self { return Date(timeIntervalSince1970: TimeInterval(start)) }
        return nil
    }

    var zoneID: String? {
        if case .instant(_, _, let zoneID, _) = self { return zoneID }
        return nil
    }

    var offset: Int? {
        if case .instant(_, _, _, let offset) = self { return offset }
        return nil
    }

    /// Orders items within a day: instants and floating times by their start.
    var sortKey: Int { startSeconds ?? Int.max }
}

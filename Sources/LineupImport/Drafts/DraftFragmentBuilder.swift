import Foundation
import LineupModel

/// Turns a format reader's `ScheduleDraft` into a `ScheduleFragment` (see
/// `DraftFragmentAssembler` for the rules). For readers that hold the whole draft; a reader of
/// large files streams its items into a `DraftFragmentAssembler` instead.
enum DraftFragmentBuilder {
    static func build(_ draft: ScheduleDraft, format: Source.Format, context: ImportContext,
                      file: String) -> (ScheduleFragment, [Diagnostic]) {
        var assembler = DraftFragmentAssembler(format: format, context: context, file: file)
        var keptIndexOfDraft: [Int?] = []
        keptIndexOfDraft.reserveCapacity(draft.items.count)
        assembler.reserveCapacity(draft.items.count)
        for item in draft.items { keptIndexOfDraft.append(assembler.add(item)) }
        let sessions = draft.sessions.map { session in
            var kept = session
            kept.itemIndices = session.itemIndices.compactMap { keptIndexOfDraft.indices.contains($0) ? keptIndexOfDraft[$0] : nil }
            return kept
        }
        return assembler.finish(name: draft.name, acronym: draft.acronym, rooms: draft.rooms, sessions: sessions)
    }
}

/// Builds a `ScheduleFragment` from items handed to it one at a time, so a reader never holds
/// a second full copy of a file's events: each item becomes its `Talk` as it is added.
///
/// Ids come from the source's ids (two different items sharing one get distinct ids and a
/// warning; one item listed twice is kept once), days from each item's own wall clock, and
/// sessions: the draft's own, or one `.room` session per (day, room) in the source's room
/// order with its items in time order. Untimed items go into one listing.
struct DraftFragmentAssembler {
    let format: Source.Format
    let context: ImportContext
    let file: String
    private var diagnostics: [Diagnostic] = []
    private var repeated: RepeatedSourceIDs
    /// The kept items as talks, in the order they were added (ids and sessions are set by
    /// `finish`), with each one's start in its timing's seconds (`Int.max` when untimed).
    private var talks: [Talk] = []
    private var startSeconds: [Int] = []
    /// The key an item's id derives from where it is not the talk's `sourceID` (an `idKey`,
    /// or a repeated id numbered "#2"…), by position.
    private var otherIDKeys: [Int: String] = [:]

    init(format: Source.Format, context: ImportContext, file: String) {
        self.format = format
        self.context = context
        self.file = file
        repeated = RepeatedSourceIDs(file: file)
    }

    /// Room for about `count` items, so the talks are not copied as they grow (a hint: more
    /// may be added).
    mutating func reserveCapacity(_ count: Int) {
        talks.reserveCapacity(count)
        startSeconds.reserveCapacity(count)
        if talks.isEmpty { repeated = RepeatedSourceIDs(file: file, capacity: count) }
    }

    /// Keeps `item` (its position among the kept items is returned) unless it repeats an
    /// item already kept under the same source id (nil; a warning says so).
    @discardableResult
    mutating func add(_ item: ItemDraft) -> Int? {
        var key: String?
        if let sourceKey = item.idKey ?? item.sourceID {
            // Moved out for the call (not copied), so the closure can read the kept talks.
            var repeated = RepeatedSourceIDs(file: file), diagnostics: [Diagnostic] = []
            swap(&repeated, &self.repeated)
            swap(&diagnostics, &self.diagnostics)
            key = repeated.admit(key: sourceKey, at: talks.count, title: item.title, line: item.line,
                                 diagnostics: &diagnostics, kept: { position in
                let isSame = talks[position].title == item.title && hasTiming(item.timing, at: position)
                    && talks[position].room == item.room && talks[position].authors == item.people
                    && talks[position].abstract == item.abstract
                return .init(title: talks[position].title, line: talks[position].line, isSame: isSame)
            })
            swap(&repeated, &self.repeated)
            swap(&diagnostics, &self.diagnostics)
            guard key != nil else { return nil }
        }
        talks.append(Self.makeTalk(item, source: context.fileName))
        startSeconds.append(item.timing.startSeconds ?? Int.max)
        if let key, key != item.sourceID { otherIDKeys[talks.count - 1] = key }
        return talks.count - 1
    }

    /// The fragment: `name` and `acronym` are the conference's, `rooms` the source's room
    /// order, `sessions` the format's own sessions (their items as positions returned by `add`).
    mutating func finish(name: String?, acronym: String?, rooms: [String], sessions draftSessions: [SessionDraft])
        -> (ScheduleFragment, [Diagnostic])
    {
        let conference = context.sourceName ?? name ?? context.fileName
        let namespace = acronym ?? name ?? context.fileName
        let source = Source(fileName: context.fileName, name: conference, format: format, acronym: acronym)
        repeated = RepeatedSourceIDs(file: file) // no longer needed: freed before the ids are made

        // Ids: from the source id where there is one, else from time and title.
        let deriver = TalkIDDeriver(leadingParts: [format.rawValue, namespace])
        let sourceIDs = TalkIDDeriver(leadingParts: ["source-id", namespace]) // TalkID.fromSource, namespace hashed once
        for index in talks.indices {
            if let key = otherIDKeys[index] ?? talks[index].sourceID {
                talks[index].id = sourceIDs.id(lastPart: key)
            } else {
                talks[index].id = deriver.id(start: talks[index].start, fallback: wallStart(at: index).map(Self.wallText) ?? "",
                                             title: talks[index].title)
            }
        }
        otherIDKeys = [:]

        let groups = draftSessions.isEmpty ? roomGroups(rooms: rooms) : draftGroups(draftSessions)
        // Talks in group order, moved in place (no second array of talks).
        var order: [Int] = []
        order.reserveCapacity(talks.count)
        for group in groups { order.append(contentsOf: group.itemIndices) }
        Self.permute(&talks, by: order)
        startSeconds = []

        var sessions: [Session] = []
        sessions.reserveCapacity(groups.count)
        var position = 0
        for group in groups {
            let sessionID = SessionID.derive([format.rawValue, namespace, group.key])
            var session = Session(id: sessionID, kind: group.kind, title: group.title, room: group.room,
                                  source: context.fileName, conference: conference, day: group.day)
            let range = position..<(position + group.itemIndices.count)
            session.talkIDs.reserveCapacity(range.count)
            for index in range {
                talks[index].sessionID = sessionID
                talks[index].session = group.title
                session.talkIDs.append(talks[index].id)
            }
            session.setSpan(from: talks, range: range, timing: group.timing)
            sessions.append(session)
            position = range.upperBound
        }
        let fragment = ScheduleFragment(source: source, sessions: sessions, talks: talks)
        talks = []
        return (fragment, diagnostics)
    }

    /// The wall clock the kept item at `index` starts at (its timing's `wallStart`).
    private func wallStart(at index: Int) -> Int? {
        if talks[index].floatingStart != nil { return startSeconds[index] }
        if talks[index].start != nil { return startSeconds[index] + (talks[index].utcOffset ?? 0) }
        return nil
    }

    /// Whether the kept item at `index` was added with `timing`, read from its talk.
    private func hasTiming(_ timing: ItemTiming, at index: Int) -> Bool {
        switch timing {
        case .instant(let start, let end, let zoneID, let offset):
            return talks[index].start != nil && startSeconds[index] == start
                && talks[index].end == end.map { Date(timeIntervalSince1970: TimeInterval($0)) }
                && talks[index].timeZoneID == zoneID && talks[index].utcOffset == offset
        case .floating(let start, let end):
            return talks[index].floatingStart != nil && startSeconds[index] == start
                && talks[index].floatingEnd == end.map { LocalDateTime(wallSecondsSinceEpoch: $0) }
        case .untimed:
            return talks[index].start == nil && talks[index].floatingStart == nil
        }
    }

    private static func makeTalk(_ item: ItemDraft, source: String) -> Talk {
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
        // Id and session are set by `finish`.
        return Talk(
            id: TalkID(""), title: item.title, authors: item.people, kind: kind, start: start, end: end,
            timeZoneID: item.timing.zoneID, utcOffset: item.timing.offset, day: day, sessionID: SessionID(""),
            session: "", room: item.room, abstract: item.abstract, links: LinkExtractor.links(in: item.abstract),
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

    /// Rearranges `items` so that position k holds what was at `order[k]`, by swaps along the
    /// permutation's cycles: O(n), and no element is copied. `order` must be a permutation of
    /// `items.indices`; anything else leaves `items` as it was.
    static func permute<Element>(_ items: inout [Element], by order: [Int]) {
        guard order.count == items.count else { return }
        var seen = [Bool](repeating: false, count: order.count)
        for index in order {
            guard seen.indices.contains(index), !seen[index] else { return }
            seen[index] = true
        }
        var placed = [Bool](repeating: false, count: order.count)
        items.withUnsafeMutableBufferPointer { buffer in
            for start in order.indices where !placed[start] {
                placed[start] = true
                var position = start
                while order[position] != start {
                    let next = order[position]
                    buffer.swapAt(position, next) // moves, with no retain or release
                    placed[next] = true
                    position = next
                }
            }
        }
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
    private func roomGroups(rooms: [String]) -> [Group] {
        var roomRank: [String: Int] = [:]
        for room in rooms where roomRank[room] == nil { roomRank[room] = roomRank.count }
        struct DayRoom: Hashable {
            var days: Int
            var room: String
        }
        var groupIndex: [DayRoom: Int] = [:]
        var groups: [Group] = []
        var untimed: [Int] = []
        for index in talks.indices {
            guard let wall = wallStart(at: index) else {
                untimed.append(index)
                continue
            }
            let day = LocalDateTime(wallSecondsSinceEpoch: wall).date
            let itemRoom = talks[index].room
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
                let a = startSeconds[left], b = startSeconds[right]
                return a != b ? a < b : left < right
            }
        }
        if !untimed.isEmpty {
            groups.append(Group(key: "untimed", kind: .listing, title: "Papers", room: nil, day: nil, timing: .untimed,
                                itemIndices: untimed))
        }
        return groups
    }

    /// The format's own sessions (their items by position among the kept items), then one
    /// listing of the items no session holds.
    private func draftGroups(_ sessions: [SessionDraft]) -> [Group] {
        var placed = [Bool](repeating: false, count: talks.count)
        var groups: [Group] = []
        for (number, session) in sessions.enumerated() {
            var indices: [Int] = []
            for keptIndex in session.itemIndices where placed.indices.contains(keptIndex) && !placed[keptIndex] {
                placed[keptIndex] = true
                indices.append(keptIndex)
            }
            let day = session.timing.wallStart.map { LocalDateTime(wallSecondsSinceEpoch: $0).date }
            groups.append(Group(key: "session:" + (session.sourceID ?? String(number)), kind: .slots, title: session.title,
                                room: session.room, day: day, timing: session.timing, itemIndices: indices))
        }
        let rest = talks.indices.filter { !placed[$0] }
        if !rest.isEmpty {
            groups.append(Group(key: "untimed", kind: .listing, title: "Papers", room: nil, day: nil, timing: .untimed,
                                itemIndices: rest))
        }
        return groups
    }
}

private extension Session {
    /// Start and end from the session's own timing when it has one, else from its items
    /// (`talks[range]`, read in place).
    mutating func setSpan(from talks: [Talk], range: Range<Int>, timing: ItemTiming?) {
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
        // The first talk with the earliest start gives the zone; the latest end (or start) ends it.
        var first: Int?
        var latest: Date?
        for index in range {
            guard let talkStart = talks[index].start else { continue }
            if let current = first, let currentStart = talks[current].start, currentStart <= talkStart {
                // keep the earlier (or first equal) one
            } else {
                first = index
            }
            let last = talks[index].end ?? talkStart
            if latest.map({ last > $0 }) ?? true { latest = last }
        }
        if let first {
            start = talks[first].start
            end = latest
            timeZoneID = talks[first].timeZoneID
            utcOffset = talks[first].utcOffset
        }
        if start == nil {
            var earliest: LocalDateTime?, latestFloating: LocalDateTime?
            for index in range {
                if let floating = talks[index].floatingStart, earliest.map({ floating < $0 }) ?? true { earliest = floating }
                if let last = talks[index].floatingEnd ?? talks[index].floatingStart,
                   latestFloating.map({ last > $0 }) ?? true { latestFloating = last }
            }
            if let earliest {
                floatingStart = earliest
                floatingEnd = latestFloating
            }
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

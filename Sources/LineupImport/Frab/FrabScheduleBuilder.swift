import Foundation
import LineupModel

/// Turns what a frab reader (XML or JSON) gives, a header, days and events, into a fragment
/// as it is read: one item per event, one
/// `.room` session per (conference day, room) in the order the day lists its rooms, items in
/// time order inside.
///
/// Times: an event's `date` (with its offset) wins; without one, the start is the day's date
/// and `start`, on the next calendar date when `start` comes before `day_change` (or before
/// the day's own start). That wall clock is an instant in `time_zone_name` when the file
/// names a zone (aliases such as US/Eastern resolve through the system's zone database),
/// else at the day's offset when the day gives one, else floating. When the offsets contradict
/// the named zone, the offsets win and one warning says so. Each item's day is the conference
/// day it is filed under, so an event at 00:15 belongs to the day before.
///
/// Ids come from the guid (else the event id), namespaced by the conference; events sharing
/// one follow `RepeatedSourceIDs` (the same event once; different events both, with distinct
/// ids; a warning either way).
struct FrabScheduleBuilder {
    // A reader fills `document`'s header, then calls `settle()` (the XML reader at
    // `</conference>`, the JSON reader when the days begin), `addDay` for each day and `add`
    // for each event, then `finish()`: each event becomes an item as it is read, so no list of
    // every event is ever held. Events added before `settle()` wait for it.

    /// The header (title, acronym, zone, day change) and the days with their rooms, as read so
    /// far; events only while the builder is not settled.
    var document = FrabDocument()
    let format: Source.Format
    let path: String
    let context: ImportContext
    /// Set by `settle()` from the header: nothing below changes after it.
    private(set) var isSettled = false
    private var namespace = ""
    /// `TalkID.fromSource(namespace:sourceID:)` with the namespace hashed once.
    private var sourceIDs = TalkIDDeriver(leadingParts: [])
    private var zone: TimeZone?
    private var dayChange: Int?
    private var diagnostics: [Diagnostic] = []
    /// Each day's `start` and `end`, parsed once (not once per event).
    private var dayStarts: [(wall: LocalDateTime, offset: Int?)?] = []
    private var dayEnds: [(wall: LocalDateTime, offset: Int?)?] = []
    /// Session ids by (filed day, room): deriving one hashes its parts.
    private var sessionIDs: [DayRoom: SessionID] = [:]
    private var lastSession: (key: DayRoom, id: SessionID)?
    private var offsets: ZoneOffsets?
    private var contradictions: (count: Int, line: Int, offset: Int, zoneOffset: Int)?
    /// The items made so far, in file order, and where each is filed (in step).
    private var talks: [Talk] = []
    private var placed: [Placed] = []
    private var repeated: RepeatedSourceIDs
    /// Texts that recur from event to event (people, rooms, tracks, types, languages), kept
    /// once: the items share one copy of each.
    private var sharedTexts: Set<String> = []

    /// `expectedEvents`: room reserved for the items (an estimate; more are taken as they come).
    init(format: Source.Format, path: String, context: ImportContext, expectedEvents: Int = 0) {
        self.format = format
        self.path = path
        self.context = context
        talks.reserveCapacity(expectedEvents)
        placed.reserveCapacity(expectedEvents)
        repeated = RepeatedSourceIDs(file: path, capacity: expectedEvents)
    }

    /// Room for `count` items in all (an estimate; more are taken as they come).
    mutating func reserveCapacity(_ count: Int) {
        talks.reserveCapacity(count)
        placed.reserveCapacity(count)
        repeated.reserveCapacity(count)
    }

    /// The one copy of `text` (strings of up to 15 bytes are stored inline, so kept as given).
    private mutating func shared(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return sharedTexts.insert(text).memberAfterInsert
    }

    /// Fixes the header: the zone, the day change and the ids' namespace. Events given
    /// before are placed now.
    mutating func settle() {
        guard !isSettled else { return }
        isSettled = true
        namespace = document.acronym ?? document.title ?? context.fileName
        sourceIDs = TalkIDDeriver(leadingParts: ["source-id", namespace])
        if let name = document.timeZoneName {
            zone = TimeZone(identifier: name)
            if zone == nil {
                diagnostics.append(Diagnostic(.warning, file: path,
                                              "unknown time zone \"\(name)\": times use the offsets the file gives, else float"))
            }
        }
        offsets = zone.map(ZoneOffsets.init)
        if let text = document.dayChange {
            dayChange = FrabTimeText.secondsOfDay(text)
            if dayChange == nil {
                diagnostics.append(Diagnostic(.warning, file: path, "day_change \"\(text)\" is not a time; ignored"))
            }
        }
        var events: [FrabEvent] = []
        swap(&events, &document.events)
        for index in events.indices {
            // Each event's texts are released once its item holds what it needs (peak memory).
            let event = events[index]
            events[index] = FrabEvent(line: 0)
            add(event)
        }
    }

    /// Appends a day (its index is the number of days before it).
    mutating func addDay(_ day: FrabDay) {
        dayStarts.append(day.start.flatMap(FrabTimeText.dateTime))
        dayEnds.append(day.end.flatMap(FrabTimeText.dateTime))
        document.days.append(day)
    }

    /// Makes the event's item (kept until `settle()` when not settled yet).
    mutating func add(_ event: consuming FrabEvent) {
        guard isSettled else {
            document.events.append(event)
            return
        }
        for index in event.persons.indices { event.persons[index] = shared(event.persons[index]) }
        event.room = event.room.map { shared($0) }
        event.roomWrapper = event.roomWrapper.map { shared($0) }
        event.track = event.track.map { shared($0) }
        event.type = event.type.map { shared($0) }
        event.language = event.language.map { shared($0) }
        guard case (var talk, let item)? = place(event) else { return }
        if let sourceID = talk.sourceID {
            guard let key = repeated.admit(key: sourceID, at: talks.count, title: talk.title, line: event.line,
                                           diagnostics: &diagnostics, kept: { [talks] position in
                let kept = talks[position]
                return .init(title: kept.title, line: kept.line,
                             isSame: kept.title == talk.title && kept.start == talk.start
                                && kept.floatingStart == talk.floatingStart && kept.room == talk.room)
            }) else { return }
            if key != sourceID { talk.id = sourceIDs.id(lastPart: key) }
        }
        talks.append(talk)
        placed.append(item)
    }

    /// The fragment and every diagnostic of the building (settling first if not settled).
    mutating func finish() -> (fragment: ScheduleFragment, diagnostics: [Diagnostic]) {
        settle()
        let source = Source(fileName: context.fileName, name: context.sourceName ?? document.title ?? context.fileName,
                            format: format, year: context.year, acronym: document.acronym)
        if let contradictions, let zoneName = document.timeZoneName {
            diagnostics.append(Diagnostic(
                .warning, file: path, line: contradictions.line,
                "\(contradictions.count) event time(s) give the offset \(ClockText.offset(contradictions.offset)) where "
                + "\(zoneName) has \(ClockText.offset(contradictions.zoneOffset)); the file's offsets are used"))
        }
        var talks: [Talk] = []
        swap(&talks, &self.talks)
        // What only the adding needed goes before the grouping takes its own memory.
        repeated = RepeatedSourceIDs(file: path)
        sharedTexts = []
        let sessions = group(&talks, placed, conference: source.name)
        placed = []
        return (ScheduleFragment(source: source, sessions: sessions, talks: talks), diagnostics)
    }

    /// Where one item is filed, for grouping and ordering (its talk is kept apart: talks are
    /// large, and are put in order in place).
    /// Its room is the talk's (`room ?? ""`) and its file order the talk's position: 16 bytes
    /// an item, beside the talk.
    struct Placed {
        /// Days of the file first, in order (0, index); days found from times next, by date
        /// (1, days since 1970); items on no day last (2, 0).
        var dayKey: DayKey
        /// For ordering within a room: the wall clock, then file order.
        var sortKey: Int
    }

    // MARK: One event

    private mutating func place(_ event: FrabEvent) -> (talk: Talk, placed: Placed)? {
        let day = event.day.flatMap { document.days.indices.contains($0) ? document.days[$0] : nil }
        var title = event.title
        if title.isEmpty {
            title = event.slug ?? "Untitled"
            diagnostics.append(Diagnostic(.warning, file: path, line: event.line, "an event without a title; shown as \"\(title)\""))
        }
        let dayStart = event.day.flatMap { dayStarts.indices.contains($0) ? dayStarts[$0] : nil }
        var timing = timing(of: event, day: day, dayStart: dayStart)
        var end: (instant: Date?, floating: LocalDateTime?) = (nil, nil)
        if let endText = event.end, let parsed = FrabTimeText.dateTime(endText) {
            let resolved = resolve(parsed.wall, offset: parsed.offset, dayOffset: nil, line: event.line)
            end = (resolved.start, resolved.floating)
        } else if let durationText = event.duration {
            if let seconds = FrabTimeText.durationSeconds(durationText) {
                end = (timing.start.map { $0.addingTimeInterval(TimeInterval(seconds)) },
                       timing.floating.map { $0.adding(seconds: seconds) })
            } else {
                diagnostics.append(Diagnostic(.warning, file: path, line: event.line,
                                              "duration \"\(durationText)\" is not HH:MM, HH:MM:SS or ISO 8601; no end"))
            }
        }
        if let start = timing.start, let endInstant = end.instant, endInstant < start {
            diagnostics.append(Diagnostic(.warning, file: path, line: event.line, "\"\(title)\" ends before it starts; no end"))
            end = (nil, nil)
        }
        if let start = timing.floating, let endWall = end.floating, endWall < start {
            diagnostics.append(Diagnostic(.warning, file: path, line: event.line, "\"\(title)\" ends before it starts; no end"))
            end = (nil, nil)
        }
        if timing.start == nil && timing.floating == nil {
            diagnostics.append(Diagnostic(.warning, file: path, line: event.line, "\"\(title)\" has no start time; kept untimed"))
        }
        let filedDay = day?.date ?? conferenceDay(of: timing)
        timing.day = filedDay
        let roomName = event.room ?? event.roomWrapper ?? ""
        let dayKey = event.day.map { DayKey(group: 0, value: $0) }
            ?? filedDay.map { DayKey(group: 1, value: $0.daysSinceEpoch) } ?? DayKey(group: 2, value: 0)
        let sessionID = sessionID(day: filedDay, room: roomName)
        let sourceID = event.guid ?? event.id
        let id = sourceID.map(sourceIDs.id(lastPart:))
            ?? TalkID.derive(["frab", namespace, timing.start.map(ISOInstant.format) ?? timing.floating?.iso ?? "",
                              TalkID.normalisedTitle(title)])
        let kind = event.type.map(TalkKind.init(name:)) ?? .other("talk")
        let talk = Talk(
            id: id, title: title, authors: event.persons, kind: kind, start: timing.start, end: end.instant,
            timeZoneID: timing.start != nil && zone != nil ? document.timeZoneName : nil, utcOffset: timing.offset,
            day: filedDay, sessionID: sessionID, session: roomName.isEmpty ? "No room" : roomName,
            room: roomName.isEmpty ? nil : roomName, abstract: Self.text(event.abstract),
            links: LinkExtractor.links(in: event.abstract), source: context.fileName, line: event.line,
            floatingStart: timing.floating, floatingEnd: end.floating, subtitle: event.subtitle, track: event.track,
            language: event.language, description: Self.text(event.description), url: event.url, resources: event.resources,
            sourceID: sourceID, status: event.cancelled ? .cancelled : .scheduled)
        let wall = talk.localStart?.wallSecondsSinceEpoch ?? Int.max
        return (talk, Placed(dayKey: dayKey, sortKey: wall))
    }

    mutating func sessionID(day: LocalDate?, room: String) -> SessionID {
        let key = DayRoom(day: day, room: room)
        // Events come room after room: the last one's answer usually holds (no hashing).
        if let last = lastSession, last.key == key { return last.id }
        let id = sessionIDs[key] ?? SessionID.derive(["room", namespace, day?.iso ?? "", room])
        sessionIDs[key] = id
        lastSession = (key, id)
        return id
    }

    struct DayRoom: Hashable {
        var day: LocalDate?
        var room: String
    }

    /// Plain text with LF line breaks (XML parsers turn CRLF into LF; JSON keeps it).
    static func text(_ html: String) -> String {
        let plain = HTMLText.plain(html)
        guard plain.containsByte(0x0D) else { return plain }
        return plain.replacingOccurrences(of: "\r\n", with: "\n")
    }

    struct Timing {
        var start: Date?
        var floating: LocalDateTime?
        var offset: Int?
        var day: LocalDate?
    }

    mutating func timing(of event: FrabEvent, day: FrabDay?, dayStart: (wall: LocalDateTime, offset: Int?)?) -> Timing {
        if let dateText = event.date {
            if let parsed = FrabTimeText.dateTime(dateText) {
                return resolve(parsed.wall, offset: parsed.offset, dayOffset: dayStart?.offset, line: event.line)
            }
            diagnostics.append(Diagnostic(.warning, file: path, line: event.line,
                                          "date \"\(dateText)\" is not an ISO 8601 date-time; the day and start are used"))
        }
        guard let startText = event.start else { return Timing() }
        guard let seconds = FrabTimeText.secondsOfDay(startText) else {
            diagnostics.append(Diagnostic(.warning, file: path, line: event.line, "start \"\(startText)\" is not HH:MM"))
            return Timing()
        }
        guard let date = day?.date else {
            diagnostics.append(Diagnostic(.warning, file: path, line: event.line,
                                          "start \(startText) is on no dated day; kept untimed"))
            return Timing()
        }
        // Before the day change (or the day's own start), the event is on the next calendar date.
        let boundary = dayChange ?? dayStart.map { $0.wall.hour * 3600 + $0.wall.minute * 60 + $0.wall.second }
        var wallSeconds = date.daysSinceEpoch * 86_400 + seconds
        if let boundary, boundary > 0, seconds < boundary { wallSeconds += 86_400 }
        return resolve(LocalDateTime(wallSecondsSinceEpoch: wallSeconds), offset: nil, dayOffset: dayStart?.offset,
                       line: event.line)
    }

    /// The instant of a wall clock: at its own offset (checked against the zone), else in the
    /// zone, else at the day's offset, else floating.
    mutating func resolve(_ wall: LocalDateTime, offset: Int?, dayOffset: Int?, line: Int) -> Timing {
        if let offset {
            let instant = Date(timeIntervalSince1970: TimeInterval(wall.wallSecondsSinceEpoch - offset))
            if var offsets {
                let zoneOffset = offsets.offset(at: instant)
                self.offsets = offsets
                if zoneOffset != offset {
                    if let known = contradictions {
                        contradictions = (known.count + 1, known.line, known.offset, known.zoneOffset)
                    } else {
                        contradictions = (1, line, offset, zoneOffset)
                    }
                }
            }
            return Timing(start: instant, floating: nil, offset: offset)
        }
        if let zone, let instant = wall.instant(in: zone) {
            var offsets = offsets ?? ZoneOffsets(zone)
            let zoneOffset = offsets.offset(at: instant)
            self.offsets = offsets
            return Timing(start: instant, floating: nil, offset: zoneOffset)
        }
        if let dayOffset {
            return Timing(start: Date(timeIntervalSince1970: TimeInterval(wall.wallSecondsSinceEpoch - dayOffset)),
                          floating: nil, offset: dayOffset)
        }
        return Timing(start: nil, floating: wall, offset: nil)
    }

    /// For events on no day (v2's flat list): the day whose span holds the start, else the
    /// wall-clock date, the day before when earlier than `day_change`.
    func conferenceDay(of timing: Timing) -> LocalDate? {
        if let start = timing.start {
            for (index, day) in document.days.enumerated() {
                guard let from = dayStarts[index], let fromOffset = from.offset,
                      let to = dayEnds[index], let toOffset = to.offset else { continue }
                let seconds = Int(start.timeIntervalSince1970)
                if seconds >= from.wall.wallSecondsSinceEpoch - fromOffset && seconds < to.wall.wallSecondsSinceEpoch - toOffset {
                    return day.date
                }
            }
        }
        let wall = timing.floating
            ?? timing.start.map { LocalDateTime(instant: $0, utcOffset: timing.offset ?? 0) }
        guard let wall else { return nil }
        let secondOfDay = wall.hour * 3600 + wall.minute * 60 + wall.second
        if let dayChange, secondOfDay < dayChange { return wall.date.adding(days: -1) }
        return wall.date
    }

    // MARK: Rooms

    /// Sessions per (day, room): days in file order, rooms in the day's order; items sorted by
    /// wall clock within. `talks` (in step with `placed`) are put in session order in place:
    /// indices are sorted, with each item's keys computed once, and the talks moved along the
    /// permutation's cycles, so no second array of talks is made.
    func group(_ talks: inout [Talk], _ placed: [Placed], conference: String) -> [Session] {
        func room(_ index: Int) -> String { talks[index].room ?? "" }
        var roomRank: [Int: [String: Int]] = [:]
        for (index, day) in document.days.enumerated() {
            var ranks: [String: Int] = [:]
            for (rank, room) in day.rooms.enumerated() where ranks[room] == nil { ranks[room] = rank }
            roomRank[index] = ranks
        }
        var firstUse: [String: Int] = [:]
        for index in talks.indices where firstUse[room(index)] == nil { firstUse[room(index)] = firstUse.count }
        let ranks = placed.indices.map { index in
            let dayKey = placed[index].dayKey
            return (dayKey.group == 0 ? roomRank[dayKey.value] : nil)?[room(index)] ?? (1_000_000 + (firstUse[room(index)] ?? 0))
        }
        let order = placed.indices.sorted { lhs, rhs in
            if placed[lhs].dayKey != placed[rhs].dayKey { return placed[lhs].dayKey < placed[rhs].dayKey }
            if ranks[lhs] != ranks[rhs] { return ranks[lhs] < ranks[rhs] }
            if room(lhs) != room(rhs) { return room(lhs) < room(rhs) }
            if placed[lhs].sortKey != placed[rhs].sortKey { return placed[lhs].sortKey < placed[rhs].sortKey }
            return lhs < rhs
        }
        Self.permute(&talks, to: order)
        var sessions: [Session] = []
        var index = 0
        while index < order.count {
            // The talks are in session order now: position p holds the talk placed at order[p].
            let dayKey = placed[order[index]].dayKey
            let headRoom = room(index)
            var next = index
            while next < order.count, placed[order[next]].dayKey == dayKey, room(next) == headRoom {
                next += 1
            }
            sessions.append(Self.session(of: talks, index..<next, conference: conference, source: context.fileName))
            index = next
        }
        return sessions
    }

    /// The `.room` session of the talks in `members` (one day and room, in order). One pass
    /// over the talks, reading their fields in place (no talk is copied).
    static func session(of talks: [Talk], _ members: Range<Int>, conference: String, source: String) -> Session {
        let first = talks[members.lowerBound]
        var timeZoneID: String?, utcOffset: Int?, start: Date?, end: Date?
        var floatingStart: LocalDateTime?, floatingEnd: LocalDateTime?
        var talkIDs: [TalkID] = []
        talkIDs.reserveCapacity(members.count)
        for index in members {
            talkIDs.append(talks[index].id)
            if timeZoneID == nil { timeZoneID = talks[index].timeZoneID }
            if utcOffset == nil { utcOffset = talks[index].utcOffset }
            if let value = talks[index].start, start.map({ value < $0 }) ?? true { start = value }
            if let value = talks[index].end, end.map({ value > $0 }) ?? true { end = value }
            if let value = talks[index].floatingStart {
                if floatingStart.map({ value < $0 }) ?? true { floatingStart = value }
                let last = talks[index].floatingEnd ?? value
                if floatingEnd.map({ last > $0 }) ?? true { floatingEnd = last }
            } else if let last = talks[index].floatingEnd, floatingEnd.map({ last > $0 }) ?? true {
                floatingEnd = last
            }
        }
        return Session(
            id: first.sessionID, kind: .room, title: first.session, room: first.room, source: source,
            conference: conference, day: first.day, timeZoneID: timeZoneID, utcOffset: utcOffset, start: start, end: end,
            talkIDs: talkIDs, floatingStart: floatingStart, floatingEnd: floatingStart == nil ? nil : floatingEnd)
    }

    /// Reorders `items` so that position p holds what was at `order[p]` (`order` is a
    /// permutation of the indices), by swaps along its cycles: O(n), no second array.
    static func permute<Item>(_ items: inout [Item], to order: [Int]) {
        var done = [Bool](repeating: false, count: order.count)
        for start in order.indices where !done[start] {
            var position = start
            while true {
                done[position] = true
                let source = order[position]
                if source == start { break }
                items.swapAt(position, source)
                position = source
            }
        }
    }
}

/// Where an item is filed: `group` 0 for the file's days (`value` its index), 1 for days found
/// from times (`value` days since 1970), 2 for none.
/// Eight bytes: the group above bit 41, the value (|value| < 2^40) below, offset to be positive,
/// so that the packed numbers order as (group, value) do.
struct DayKey: Hashable, Comparable {
    private let packed: Int

    init(group: Int, value: Int) {
        packed = group << 41 | (value + 1 << 40)
    }

    var group: Int { packed >> 41 }
    var value: Int { (packed & (1 << 41 - 1)) - 1 << 40 }

    static func < (lhs: DayKey, rhs: DayKey) -> Bool { lhs.packed < rhs.packed }
}

/// A zone's UTC offsets, cached per hour: `TimeZone.secondsFromGMT` costs about a
/// microsecond, and a schedule asks about the same few hours again and again.
struct ZoneOffsets {
    let zone: TimeZone
    private var byHour: [Int: Int] = [:]

    init(_ zone: TimeZone) { self.zone = zone }

    mutating func offset(at instant: Date) -> Int {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let hour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600
        if let known = byHour[hour] { return known }
        let offset = zone.secondsFromGMT(for: instant)
        // Transitions fall on the hour or half hour: cache only hours whose ends agree.
        let later = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600 + 3599)))
        let earlier = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600)))
        if later == earlier { byHour[hour] = offset }
        return offset
    }
}

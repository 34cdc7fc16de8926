import Foundation

/// Everything loaded: sources, sessions and items in schedule order, and the Days pane's
/// entries.
///
/// Schedule order: sessions by day, then start time, then the order sources were given;
/// items within a session in page order. Invariants: ids are unique (a repeated id keeps its
/// first item and is reported), every `Session.talkIDs` entry names an item of `talks`, and
/// `alsoListedIn` links every pair of items with the same normalised title in different
/// sessions (Q&A slots excepted).
public struct Schedule: Sendable {
    public private(set) var sources: [Source]
    public private(set) var sessions: [Session]
    public private(set) var talks: [Talk]
    public private(set) var days: [Day]
    private var positionByID: [TalkID: Int]
    private var sessionPositionByID: [SessionID: Int]

    public static let empty = Schedule.assemble([]).schedule

    private init(sources: [Source], sessions: [Session], talks: [Talk], days: [Day]) {
        self.sources = sources
        self.sessions = sessions
        self.talks = talks
        self.days = days
        var positions = [TalkID: Int](minimumCapacity: talks.count)
        for index in talks.indices {
            positions[talks[index].id] = index
        }
        self.positionByID = positions
        var sessionPositions = [SessionID: Int](minimumCapacity: sessions.count)
        for (index, session) in sessions.enumerated() {
            sessionPositions[session.id] = index
        }
        self.sessionPositionByID = sessionPositions
    }

    /// Assembles parsed fragments into one schedule: O(s log s) in sessions plus O(n) in items.
    /// Returns a warning for each item or session dropped as a duplicate (the same page loaded
    /// twice, say).
    public static func assemble(_ fragments: [ScheduleFragment]) -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Where each kept item is (fragment, index), rather than a copy of it: items are large
        // and a dictionary of them costs more to grow than everything else here.
        let talkCount = fragments.reduce(0) { $0 + $1.talks.count }
        var locationByID = [TalkID: (fragment: Int, index: Int)](minimumCapacity: talkCount)
        var seenSessions: Set<SessionID> = []
        var orderedSessions: [(session: Session, sourceIndex: Int)] = []
        for (sourceIndex, fragment) in fragments.enumerated() {
            for index in fragment.talks.indices {
                let id = fragment.talks[index].id
                if let location = locationByID[id] {
                    let talk = fragment.talks[index]
                    let first = fragments[location.fragment].talks[location.index]
                    diagnostics.append(Diagnostic(
                        .warning, file: talk.source, line: talk.line,
                        "\"\(talk.title)\" repeats \(first.source):\(first.line); the first is kept"))
                } else {
                    locationByID[id] = (sourceIndex, index)
                }
            }
            for session in fragment.sessions {
                if seenSessions.insert(session.id).inserted {
                    orderedSessions.append((session, sourceIndex))
                } else {
                    diagnostics.append(Diagnostic(
                        .warning, file: session.source,
                        "session \"\(session.title)\" is already loaded; its repeat is skipped"))
                }
            }
        }
        orderedSessions.sort { lhs, rhs in
            let l = lhs.session, r = rhs.session
            if l.day != r.day { return (l.day ?? .distantFuture) < (r.day ?? .distantFuture) }
            if l.start != r.start { return (l.start ?? .distantFuture) < (r.start ?? .distantFuture) }
            return lhs.sourceIndex < rhs.sourceIndex
        }

        var talks: [Talk] = []
        talks.reserveCapacity(locationByID.count)
        var sessions: [Session] = []
        sessions.reserveCapacity(orderedSessions.count)
        for (session, _) in orderedSessions {
            var kept = session
            kept.talkIDs = []
            kept.talkIDs.reserveCapacity(session.talkIDs.count)
            for id in session.talkIDs {
                guard let location = locationByID.removeValue(forKey: id) else { continue }
                talks.append(fragments[location.fragment].talks[location.index])
                kept.talkIDs.append(id)
            }
            sessions.append(kept)
        }
        linkRepeatedTitles(&talks)
        let sources = fragments.map(\.source)
        return (Schedule(sources: sources, sessions: sessions, talks: talks, days: makeDays(sessions)), diagnostics)
    }

    /// Fills `alsoListedIn` for items that share a normalised title across sessions.
    private static func linkRepeatedTitles(_ talks: inout [Talk]) {
        var positionsByTitle = [String: [Int]](minimumCapacity: talks.count)
        for index in talks.indices where talks[index].kind != .qa {
            positionsByTitle[TalkID.normalisedTitle(talks[index].title), default: []].append(index)
        }
        for positions in positionsByTitle.values where positions.count > 1 {
            for position in positions {
                let sessionID = talks[position].sessionID
                talks[position].alsoListedIn = positions
                    .filter { talks[$0].sessionID != sessionID }
                    .map { talks[$0].id }
            }
        }
    }

    /// Conference sessions group by (date, conference); each listing is a day of its own.
    private static func makeDays(_ sessions: [Session]) -> [Day] {
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

    // MARK: Lookup

    public func talk(_ id: TalkID) -> Talk? {
        positionByID[id].map { talks[$0] }
    }

    /// The item's position in schedule order; O(1).
    public func position(of id: TalkID) -> Int? { positionByID[id] }

    public func session(_ id: SessionID) -> Session? {
        sessionPositionByID[id].map { sessions[$0] }
    }

    public func talks(in session: Session) -> [Talk] {
        session.talkIDs.compactMap { talk($0) }
    }

    public func source(named fileName: String) -> Source? {
        sources.first { $0.fileName == fileName }
    }
}

extension LocalDate {
    static let distantFuture = LocalDate(year: 9999, month: 12, day: 31)!
}

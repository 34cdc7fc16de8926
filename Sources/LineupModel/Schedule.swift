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
    /// Talk id -> position in `talks`.
    private var positionByID: [TalkID: Int]
    private var sessionPositionByID: [SessionID: Int]

    public static let empty = Schedule.assemble([]).schedule

    /// The ids of `talks` must be unique.
    init(sources: [Source], sessions: [Session], talks: [Talk], days: [Day]) {
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

    // MARK: Lookup

    public func talk(_ id: TalkID) -> Talk? {
        position(of: id).map { talks[$0] }
    }

    /// The item's position in schedule order; O(1).
    public func position(of id: TalkID) -> Int? {
        positionByID[id]
    }

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

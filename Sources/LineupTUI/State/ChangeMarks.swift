import LineupModel

/// The latest schedule update as the browser shows it: every change by item (for the details'
/// "what changed" and the Changes view), and the items whose mark the user has not seen yet
/// (a talk's mark goes once it is selected in the Talks or Details pane).
public struct ChangeMarks: Sendable {
    /// The latest update's changes; `.none` before any.
    public private(set) var changes: ScheduleChanges = .none
    private var changeByID: [TalkID: ItemChange] = [:]
    /// Ids with a mark still to be seen.
    public private(set) var unseen: Set<TalkID> = []

    public init() {}

    /// Shows `changes` (replacing an earlier update's), every changed item marked unseen.
    public init(_ changes: ScheduleChanges) {
        self.changes = changes
        for change in changes.items { changeByID[change.id] = change }
        unseen = Set(changeByID.keys)
    }

    public func change(of id: TalkID) -> ItemChange? { changeByID[id] }

    /// The mark to draw before a talk's title, nil once seen (or unchanged).
    public func mark(of id: TalkID) -> Mark? {
        guard unseen.contains(id), let change = changeByID[id] else { return nil }
        return Mark(change.kind)
    }

    mutating func markSeen(_ id: TalkID) {
        unseen.remove(id)
    }

    /// What the Talks pane says of an unseen change.
    public enum Mark: String, Sendable {
        case new, moved, cancelled, changed

        init(_ kind: ItemChange.Kind) {
            switch kind {
            case .added: self = .new
            case .removed: self = .cancelled
            case .moved, .retimed: self = .moved
            case .renamed, .speakers, .other: self = .changed
            }
        }
    }
}

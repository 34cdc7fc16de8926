import LineupModel

/// One bookmarked item as the agenda shows it.
public struct AgendaEntry: Hashable, Sendable, Identifiable {
    public var talk: Talk
    /// The user's note on the bookmark, if any.
    public var note: String?
    /// The bookmarked items this one overlaps, in agenda order. Empty for untimed items.
    public var clashesWith: [TalkID]

    public init(talk: Talk, note: String? = nil, clashesWith: [TalkID] = []) {
        self.talk = talk
        self.note = note
        self.clashesWith = clashesWith
    }

    public var id: TalkID { talk.id }
    public var isClashing: Bool { !clashesWith.isEmpty }
}

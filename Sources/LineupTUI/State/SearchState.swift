import LineupSearch

/// The query line and the filter it produced.
public struct SearchState: Sendable {
    public var editor = LineEditor()
    /// True while the query line has the keyboard.
    public var isEditing = false
    /// The result for `appliedText`; nil when no filter is active.
    public var matches: (any TalkMatches)? {
        didSet { ranking = nil }
    }
    /// `matches` by relevance, computed once per result (ranking reads every hit's text)
    /// the first time the browser ranks it; nil until then.
    public internal(set) var ranking: [Int]?
    /// The query text `matches` answers (the latest accepted one).
    public var appliedText = ""
    /// Why the text being typed was rejected; the last accepted filter stays meanwhile.
    public var problem: QueryError?
    /// The engine is still building its index: the text will be searched when it is ready.
    public var isWaitingForIndex = false

    public init() {}

    public var text: String { editor.text }
    public var isFiltering: Bool { matches != nil }

    /// Drops the filter and all that was derived from it, keeping the query line as it is
    /// (its text and whether it has the keyboard).
    ///
    /// Field by field on purpose: the whole-value form (`let editor = search.editor;
    /// search = SearchState(); search.editor = editor`) is miscompiled by Swift 6.3.1 with -O,
    /// which retains the saved editor's strings only after destroying the old value, so a
    /// query emptied with Backspace left the browser holding freed memory (heap corruption).
    mutating func clearFilter() {
        matches = nil  // and `ranking`
        appliedText = ""
        problem = nil
        isWaitingForIndex = false
    }
}

/// A line for the status bar: information, or an error that stays until the next key.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

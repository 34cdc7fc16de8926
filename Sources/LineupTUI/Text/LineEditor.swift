/// A one-line text field: the query line and the export path. Kept as the text before and
/// after the cursor, so a combining mark typed after a letter joins it without the cursor
/// ever pointing inside a grapheme cluster.
public struct LineEditor: Hashable, Sendable {
    public private(set) var beforeCursor: String
    public private(set) var afterCursor: String

    public init(_ text: String = "") {
        self.beforeCursor = text
        self.afterCursor = ""
    }

    public var text: String { beforeCursor + afterCursor }
    /// Characters before the cursor.
    public var cursor: Int { beforeCursor.count }

    public enum Edit: Hashable, Sendable {
        case insert(Character)
        case backspace, delete, left, right, home, end
        /// Ctrl-U: everything before the cursor.
        case deleteToStart
        /// Ctrl-W: the word before the cursor.
        case deleteWord
    }

    /// Applies an edit; returns whether the text changed (not only the cursor).
    @discardableResult
    public mutating func apply(_ edit: Edit) -> Bool {
        let before = text
        switch edit {
        case .insert(let character):
            beforeCursor.append(character)
        case .backspace:
            if !beforeCursor.isEmpty { beforeCursor.removeLast() }
        case .delete:
            if !afterCursor.isEmpty { afterCursor.removeFirst() }
        case .left:
            if let last = beforeCursor.popLast() { afterCursor.insert(last, at: afterCursor.startIndex) }
        case .right:
            if !afterCursor.isEmpty { beforeCursor.append(afterCursor.removeFirst()) }
        case .home:
            afterCursor = beforeCursor + afterCursor
            beforeCursor = ""
        case .end:
            beforeCursor += afterCursor
            afterCursor = ""
        case .deleteToStart:
            beforeCursor = ""
        case .deleteWord:
            while beforeCursor.last == " " { beforeCursor.removeLast() }
            while let last = beforeCursor.last, last != " " { beforeCursor.removeLast() }
        }
        return text != before
    }
}

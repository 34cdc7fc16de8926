/// A run of clean text in one style; details, rows and the status bar are built from spans.
public struct Span: Hashable, Sendable {
    public var text: TerminalString
    public var style: CellStyle

    public init(_ text: TerminalString, _ style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    /// Sanitises `raw` (see `TerminalString`).
    public init(data raw: String, _ style: CellStyle = .plain) {
        self.init(TerminalString(raw), style)
    }
}

/// One grapheme cluster ready to be placed: its columns (1 or 2) and style.
public struct Glyph: Hashable, Sendable {
    public var character: Character
    public var width: Int
    public var style: CellStyle

    public init(_ character: Character, width: Int, style: CellStyle) {
        self.character = character
        self.width = width
        self.style = style
    }

    var isSpace: Bool { character == " " }
    var isNewline: Bool { character == "\n" }
}

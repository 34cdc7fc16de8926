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

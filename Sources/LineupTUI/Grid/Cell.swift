/// One terminal cell: a grapheme cluster and its style, or the right half of a wide cluster.
public struct Cell: Hashable, Sendable {
    /// nil marks the second column of a two-column cluster drawn in the cell to the left.
    public var character: Character?
    public var style: CellStyle

    public init(_ character: Character?, style: CellStyle = .plain) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell(" ")

    public var isContinuation: Bool { character == nil }
}

/// What a piece of text means on screen. The terminal backend turns a role into colours (256,
/// 8, or none under NO_COLOR) and attributes; the renderer never names a colour.
public enum StyleRole: UInt8, CaseIterable, Hashable, Sendable {
    case text
    /// Secondary facts: rooms, counts, times, hints.
    case muted
    /// Pane and section headings.
    case heading
    /// The title in the details pane and the agenda.
    case title
    /// The focused pane's heading, prompts.
    case accent
    /// Search hits.
    case match
    case bookmark
    case award
    case oral
    case spotlight
    case qa
    case paper
    case clash
    /// Free time between bookmarked talks in the agenda.
    case gap
    case error
    case link
    case border
    /// Key names in the status bar and the help screen.
    case key
    /// Track tags, one colour per track (tracks cycle through the six in order of appearance).
    case track0, track1, track2, track3, track4, track5
    /// A cancelled item's mark.
    case cancelled

    /// The role of the track tag in colour slot `slot` (any integer; it wraps).
    public static func track(_ slot: Int) -> StyleRole {
        [.track0, .track1, .track2, .track3, .track4, .track5][(slot % 6 + 6) % 6]
    }
}

/// The background a cell sits on.
public enum Backdrop: UInt8, CaseIterable, Hashable, Sendable {
    case none
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane without focus.
    case inactiveSelection
    /// The status bar.
    case bar
}

/// A cell's look: a role on a backdrop, optionally bold or underlined.
public struct CellStyle: Hashable, Sendable {
    public var role: StyleRole
    public var backdrop: Backdrop
    public var bold: Bool
    public var underline: Bool

    public init(_ role: StyleRole = .text, backdrop: Backdrop = .none, bold: Bool = false, underline: Bool = false) {
        self.role = role
        self.backdrop = backdrop
        self.bold = bold
        self.underline = underline
    }

    public static let plain = CellStyle()
}

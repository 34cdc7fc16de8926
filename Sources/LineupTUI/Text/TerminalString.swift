import LineupModel

/// Text that is safe to draw: the only way to build one from a data string is through
/// `TerminalText.sanitize`, and the grid accepts nothing else. This is the browser's one
/// sanitising point; layout (cutting, wrapping) works on already-clean text, so widths are
/// measured on what will really be drawn.
///
/// Invariant: `value` holds no C0/C1 control, ESC sequence, DEL or bidi control, and no line
/// break unless it was built with `keepingNewlines`.
public struct TerminalString: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let value: String

    /// Sanitises `raw`; O(n), and free of copies when `raw` is already clean.
    public init(_ raw: String, keepingNewlines: Bool = false) {
        self.value = TerminalText.sanitize(raw, keepingNewlines: keepingNewlines)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// For pieces cut out of an existing `TerminalString` (whole grapheme clusters of clean
    /// text are clean): no second pass.
    init(alreadyClean value: String) {
        self.value = value
    }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }

    public static func + (lhs: TerminalString, rhs: TerminalString) -> TerminalString {
        TerminalString(alreadyClean: lhs.value + rhs.value)
    }
}

extension String {
    /// The text without leading and trailing white space and line breaks: what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without bridging to NSString
    /// (which cost half the time of reading frab XML). The string itself (no copy) when its
    /// ends are ASCII and not white.
    var trimmingWhitespaceAndNewlines: String {
        let utf8 = self.utf8
        guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
        // An ASCII letter, digit or punctuation mark at both ends: nothing to trim.
        if firstByte > 0x20 && firstByte < 0x80 && lastByte > 0x20 && lastByte < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceOrNewline }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.isWhitespaceOrNewline }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Membership in Foundation's `CharacterSet.whitespacesAndNewlines` as it is here (Unicode
    /// Z*, tab, U+000A to U+000D, U+0085 and U+200B; checked against it for every scalar by
    /// WhitespaceTrimmingTests).
    var isWhitespaceOrNewline: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

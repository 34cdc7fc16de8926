/// Author lines join names with " · " (a middle dot between spaces).
enum AuthorList {
    /// The names on the line at `range`, trimmed, in order; empty parts are dropped. A middle
    /// dot with no space on either side belongs to a name and does not split it.
    static func names(_ text: PageText, _ range: Range<Int>) -> [String] {
        let bytes = text.bytes
        var names: [String] = []
        var partStart = range.lowerBound
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if bytes[index] == 0xC2, bytes[index + 1] == 0xB7,
               index == range.lowerBound || bytes[index - 1] == 0x20,
               index + 2 == range.upperBound || bytes[index + 2] == 0x20 {
                appendName(text, partStart..<index, to: &names)
                index += 2
                partStart = index
            } else {
                index += 1
            }
        }
        appendName(text, partStart..<range.upperBound, to: &names)
        return names
    }

    /// True when the line holds a name separator, the surest sign of an author line.
    static func hasSeparator(_ text: PageText, _ range: Range<Int>) -> Bool {
        let bytes = text.bytes
        var index = range.lowerBound + 1
        while index + 2 < range.upperBound {
            if bytes[index] == 0xC2, bytes[index + 1] == 0xB7, bytes[index - 1] == 0x20, bytes[index + 2] == 0x20 {
                return true
            }
            index += 1
        }
        return false
    }

    private static func appendName(_ text: PageText, _ range: Range<Int>, to names: inout [String]) {
        let trimmed = text.trimmed(range)
        if !trimmed.isEmpty { names.append(text.text(trimmed)) }
    }
}

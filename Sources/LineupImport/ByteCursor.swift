/// A read position inside one line of a `PageText`, for the small grammars of time lines and
/// date lines. Reading never goes past `end`; a failed read leaves the position unchanged.
struct ByteCursor {
    let bytes: [UInt8]
    private(set) var index: Int
    let end: Int

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        self.bytes = bytes
        self.index = range.lowerBound
        self.end = range.upperBound
    }

    var isAtEnd: Bool { index >= end }

    func peek() -> UInt8? { index < end ? bytes[index] : nil }

    /// Skips spaces, tabs and no-break spaces; returns whether there were any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while index < end {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                break
            }
        }
        return index > start
    }

    /// A run of ASCII letters.
    mutating func letters() -> Range<Int>? {
        let start = index
        while index < end, Self.isLetter(bytes[index]) { index += 1 }
        return index > start ? start..<index : nil
    }

    /// A run of 1...`maxDigits` ASCII digits; nil (and no move) for none or more.
    mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0, position = index
        while position < end, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            guard position - index < maxDigits else { return nil }
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        let digits = position - index
        guard digits > 0 else { return nil }
        index = position
        return (value, digits)
    }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < end, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// A hyphen, an en dash, an em dash or the word "to".
    mutating func skipDash() -> Bool {
        if skip(UInt8(ascii: "-")) { return true }
        if index + 3 <= end, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
           bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
            index += 3
            return true
        }
        if index + 2 <= end, bytes[index] | 0x20 == UInt8(ascii: "t"), bytes[index + 1] | 0x20 == UInt8(ascii: "o"),
           index + 2 == end || !Self.isLetter(bytes[index + 2]) {
            index += 2
            return true
        }
        return false
    }

    /// U+2212 MINUS SIGN, which typeset offsets use.
    mutating func skipMinusSign() -> Bool {
        guard index + 3 <= end, bytes[index] == 0xE2, bytes[index + 1] == 0x88, bytes[index + 2] == 0x92 else {
            return false
        }
        index += 3
        return true
    }

    /// Everything up to the next space (or the end).
    mutating func token() -> Range<Int>? {
        let start = index
        while index < end, bytes[index] != 0x20, bytes[index] != 0x09 { index += 1 }
        return index > start ? start..<index : nil
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

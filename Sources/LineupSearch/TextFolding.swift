import Foundation

/// Case and accent folding: the one definition of "the same text" that the index, queries and
/// highlights share, so "jeremie" finds "Jérémie" and "muller" finds "Müller".
///
/// Folding turns text into UTF-8 bytes in which
/// - ASCII letters are lowercase, and ASCII controls (tab, line breaks, ...) are spaces;
/// - other letters are lowercased and lose their diacritics ("É" -> "e", "Ё" -> "е"), a few letters
///   without a decomposition take their usual Latin spelling ("ß" -> "ss", "ø" -> "o", "ł" -> "l");
/// - combining marks vanish, so precomposed and decomposed spellings fold alike;
/// - typographic quotes and dashes become their ASCII forms, and every kind of space a space;
/// - a run of spaces becomes one space.
///
/// Everything else (CJK, emoji, symbols) passes unchanged, and folding folded text changes
/// nothing. Folding works per Unicode scalar, so the result is valid UTF-8.
enum TextFolding {
    /// Folds `text` into a new byte array. O(n) in the text's UTF-8 length.
    static func fold(_ text: some StringProtocol) -> [UInt8] {
        var out: [UInt8] = []
        append(text, to: &out)
        return out
    }

    /// Appends the folded bytes of `text` to `out`; a run of spaces is collapsed within `text`
    /// (not across calls).
    static func append(_ text: some StringProtocol, to out: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append(bytes: $0, to: &out) }
        if done == nil {
            var copy = String(text)
            copy.withUTF8 { append(bytes: $0, to: &out) }
        }
    }

    /// Folds valid UTF-8 `bytes` onto the end of `out`.
    static func append(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Grow geometrically: reserving the exact size on every call would copy `out` each time.
        if out.capacity < out.count + bytes.count {
            out.reserveCapacity(max(out.count + bytes.count, out.capacity * 2))
        }
        var lastWasSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte < 0x80 {
                let folded = asciiFolded[Int(byte)]
                if folded != space || !lastWasSpace { out.append(folded) }
                lastWasSpace = folded == space
                i += 1
                continue
            }
            let (scalar, length) = decodeScalar(bytes, at: i)
            i += length
            for folded in foldedBytes(of: scalar) {
                if folded != space || !lastWasSpace { out.append(folded) }
                lastWasSpace = folded == space
            }
        }
    }

    /// Folds `text` and records, for every folded byte, the UTF-8 offset in `text` of the
    /// scalar it came from, plus one final entry: `text.utf8.count`. Used to map matches in
    /// folded bytes back to ranges of the original string.
    static func foldMapped(_ text: String) -> (bytes: [UInt8], sourceOffsets: [Int]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        var lastWasSpace = false
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let start = i
                let folded: [UInt8]
                if buffer[i] < 0x80 {
                    folded = [asciiFolded[Int(buffer[i])]]
                    i += 1
                } else {
                    let (scalar, length) = decodeScalar(buffer, at: i)
                    folded = foldedBytes(of: scalar)
                    i += length
                }
                for byte in folded {
                    if byte == space && lastWasSpace { continue }
                    lastWasSpace = byte == space
                    bytes.append(byte)
                    offsets.append(start)
                }
            }
        }
        offsets.append(utf8.count)
        return (bytes, offsets)
    }

    // MARK: Byte classes

    static let space: UInt8 = 0x20

    /// ASCII byte -> folded byte.
    static let asciiFolded: [UInt8] = (0..<128).map { code in
        switch code {
        case 0x41...0x5A: return UInt8(code + 0x20)
        case 0x00...0x1F, 0x7F: return space
        default: return UInt8(code)
        }
    }

    /// Bytes that are part of words: ASCII letters and digits, and every byte of a non-ASCII
    /// scalar. Everything else (spaces, ASCII punctuation) separates words.
    static let isWordByte: [Bool] = (0..<256).map { code in
        switch code {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: return true
        default: return false
        }
    }

    // MARK: Scalars

    /// Decodes the scalar starting at `i` in valid UTF-8 (a Swift string's bytes). A stray
    /// continuation byte decodes as itself with length 1, so a bad buffer cannot stall a loop.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        let n = bytes.count
        if lead >= 0xF0, i + 3 < n {
            let v = (lead & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
            return (v, 4)
        }
        if lead >= 0xE0, i + 2 < n {
            let v = (lead & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            return (v, 3)
        }
        if lead >= 0xC0, i + 1 < n {
            return ((lead & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    /// The folded UTF-8 of one non-ASCII scalar (possibly empty, for combining marks).
    static func foldedBytes(of value: UInt32) -> [UInt8] {
        if value < 0x80 { return [asciiFolded[Int(value)]] }
        if let table = tableIndex(value) { return foldTable[table] }
        // CJK, kana and Hangul have no case and no marks to strip: the common non-Latin text.
        if (0x3040..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value) {
            return utf8(value)
        }
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return computeFold(scalar)
    }

    /// True when the scalar `value`, written as `utf8`, folds to exactly those bytes.
    static func foldsToItself(_ value: UInt32, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        if (0x3040..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value) { return true }
        return foldedBytes(of: value).elementsEqual(utf8)
    }

    /// Scalars whose folds are computed once and kept: Latin, Greek, Cyrillic, and the General
    /// Punctuation block (spaces, quotes, dashes).
    private static let tabled: [Range<UInt32>] = [0x80..<0x530, 0x1E00..<0x2070]

    private static func tableIndex(_ value: UInt32) -> Int? {
        var base = 0
        for range in tabled {
            if range.contains(value) { return base + Int(value - range.lowerBound) }
            base += range.count
        }
        return nil
    }

    private static let foldTable: [[UInt8]] = tabled.flatMap { range in
        range.map { value in Unicode.Scalar(value).map(computeFold) ?? [] }
    }

    /// Letters that lose something real when stripped of a mark, spelt as Latin writers do.
    private static let special: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe",
        0xF8: "o", 0xD8: "o", 0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0xF0: "d", 0xD0: "d",
        0xFE: "th", 0xDE: "th", 0x131: "i", 0x140: "l", 0x13F: "l", 0x127: "h", 0x126: "h",
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
        0x2026: "...",
    ]

    private static func computeFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let spelt = special[scalar.value] { return Array(spelt.utf8) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return []
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control: return [space]
        default: break
        }
        let decomposed = properties.lowercaseMapping.decomposedStringWithCanonicalMapping
        var out: [UInt8] = []
        for part in decomposed.unicodeScalars {
            if part.value < 0x80 {
                out.append(asciiFolded[Int(part.value)])
            } else if let spelt = special[part.value] {
                out.append(contentsOf: spelt.utf8)
            } else if part.properties.generalCategory != .nonspacingMark {
                out.append(contentsOf: utf8(part.value))
            }
        }
        return out
    }

    private static func utf8(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(String(Character(scalar)).utf8)
    }
}

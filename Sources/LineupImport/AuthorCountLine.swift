/// The line "  • 3 authors" under a listed paper (listings give the count, not the names).
enum AuthorCountLine {
    /// The count on the line at `range` (trimmed), nil when it is not such a line.
    static func count(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.count >= 9, range.count <= 32, bytes[range.lowerBound] == 0xE2,
              bytes[range.lowerBound + 1] == 0x80, bytes[range.lowerBound + 2] == 0xA2 else { return nil }
        var cursor = ByteCursor(bytes, (range.lowerBound + 3)..<range.upperBound)
        guard cursor.skipSpaces(), let count = cursor.number(maxDigits: 6), cursor.skipSpaces(),
              let word = cursor.letters(), cursor.isAtEnd else { return nil }
        let text = bytes[word]
        guard text.elementsEqual("authors".utf8) || text.elementsEqual("author".utf8) else { return nil }
        return count.value
    }
}

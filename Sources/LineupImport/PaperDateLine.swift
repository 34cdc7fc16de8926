import LineupModel

/// The date line under a listed paper, "Oct 5, 2023 4": a month and day, a year after a comma
/// when it is not the listing's own year, then the upvote count when there is one. Without a
/// comma a number is upvotes ("Jun 3 2" is June 3 with 2 upvotes). The listing's heading
/// ("Dec 8") has the same shape with neither.
struct PaperDateLine: Hashable, Sendable {
    var month: Int
    var day: Int
    var year: Int?
    var upvotes: Int?

    /// Nil when the line at `range` (trimmed) is not exactly this shape.
    static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> PaperDateLine? {
        guard range.count >= 5, range.count <= 40 else { return nil }
        var cursor = ByteCursor(bytes, range)
        guard let word = cursor.letters(), word.count >= 3,
              let month = MonthName.number(String(decoding: bytes[word], as: UTF8.self)) else { return nil }
        _ = cursor.skip(UInt8(ascii: "."))
        guard cursor.skipSpaces(), let day = cursor.number(maxDigits: 2) else { return nil }
        var line = PaperDateLine(month: month, day: day.value)
        if cursor.skip(UInt8(ascii: ",")) {
            cursor.skipSpaces()
            guard let year = cursor.number(maxDigits: 4), year.digits == 4 else { return nil }
            line.year = year.value
        }
        if cursor.skipSpaces(), let upvotes = cursor.number(maxDigits: 9) {
            line.upvotes = upvotes.value
            cursor.skipSpaces()
        }
        return cursor.isAtEnd ? line : nil
    }
}

import LineupModel

/// Tells what a file is from its content, never its name.
public enum FormatDetector {
    /// True when the first byte that is not white space (after a byte-order mark) is "{": a
    /// Lineup JSON schedule, or nothing Lineup reads. Checked on raw bytes, before the text
    /// checks, because JSON may legitimately be one long line.
    public static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes[start...].first { !PageText.isSpaceOrBreak($0) } == UInt8(ascii: "{")
    }

    /// `.sessionPage` when a slot time line ("Thu 22 July 17:00 - 17:20 PDT") comes before
    /// any author-count line ("• 3 authors"), `.dailyPapers` when one of those comes first,
    /// nil when the text has neither. Stops at the first telling line.
    public static func detect(_ text: PageText) -> Source.Format? {
        for index in text.lines.indices {
            let range = text.trimmedLine(index)
            if SlotTimeLine.parse(text.bytes, range) != nil { return .sessionPage }
            if AuthorCountLine.count(text.bytes, range) != nil { return .dailyPapers }
        }
        return nil
    }
}

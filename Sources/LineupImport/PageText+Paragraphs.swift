extension PageText {
    /// Runs of non-blank lines among lines `start..<end`, as ranges of line indices.
    func paragraphs(from start: Int, to end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(4)  // a slot: heading, authors, abstract (grown from one, 3 copies)
        var runStart: Int?
        for index in start..<end {
            if isBlank(index) {
                if let begin = runStart { result.append(begin..<index) }
                runStart = nil
            } else if runStart == nil {
                runStart = index
            }
        }
        if let begin = runStart { result.append(begin..<end) }
        return result
    }

    /// The lines from the first paragraph's start to the last one's end, as written, joined
    /// by "\n" (a blank line in between stays an empty line). "" for no paragraphs.
    func joinedLines(_ paragraphs: some Collection<Range<Int>>) -> String {
        guard let first = paragraphs.first, let last = paragraphs.reversed().first else { return "" }
        if paragraphs.count == 1 && first.count == 1 { return text(ofLine: first.lowerBound) }
        return (first.lowerBound..<last.upperBound)
            .map { isBlank($0) ? "" : text(ofLine: $0) }
            .joined(separator: "\n")
    }

    /// The trimmed lines of one paragraph joined by single spaces (a title wrapped over lines).
    func joinedTrimmed(_ paragraph: Range<Int>) -> String {
        paragraph.count == 1
            ? trimmedText(ofLine: paragraph.lowerBound)
            : paragraph.map { trimmedText(ofLine: $0) }.joined(separator: " ")
    }
}

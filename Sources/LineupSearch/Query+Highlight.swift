extension Query {
    /// The parts of `text` that the query's text terms match, for highlighting: sorted,
    /// non-overlapping ranges of whole characters.
    ///
    /// `text` is whatever the caller draws for `field` (already sanitised, truncated, authors
    /// joined however it likes); it is folded here the same way as in the index, so "jeremie"
    /// highlights "Jérémie". Free words and phrases apply to the free-text fields, a
    /// field's terms (`title:x`, `award:x`, `source:x`) to that field only, and excluded terms
    /// to none. O(n) in the text plus the matches.
    public func highlightRanges(in text: String, field: SearchField) -> [Range<String.Index>] {
        let scope = FieldSet(field)
        guard !scope.isEmpty else { return [] }
        let needles = root.positiveTextTerms
            .filter { $0.scope.contains(scope) && !$0.needle.isEmpty }
            .map(\.needle)
        guard !needles.isEmpty, !text.isEmpty else { return [] }
        let (folded, sourceOffsets) = TextFolding.foldMapped(text)
        var spans: [Range<Int>] = []
        folded.withUnsafeBufferPointer { buffer in
            for needle in needles {
                var from = 0
                while let hit = needle.firstMatch(in: buffer, from: from) {
                    spans.append(hit..<hit + needle.count)
                    from = hit + 1
                }
            }
        }
        let merged = Self.merge(spans)
        guard !merged.isEmpty else { return [] }  // spares the walk over the text's characters
        let boundaries = Self.characterBoundaries(of: text)
        return merged.map { span in
            let lower = sourceOffsets[span.lowerBound]
            // The end of the scalar that produced the span's last byte, past any marks that
            // folding dropped after it: the start of the next scalar that produced a byte.
            var next = span.upperBound
            while next < folded.count, sourceOffsets[next] == sourceOffsets[span.upperBound - 1] { next += 1 }
            let upper = sourceOffsets[next]
            let start = Self.round(lower, down: true, boundaries)
            let end = Self.round(upper, down: false, boundaries)
            return text.utf8.index(text.utf8.startIndex, offsetBy: start)
                ..< text.utf8.index(text.utf8.startIndex, offsetBy: end)
        }
    }

    private static func merge(_ spans: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    /// UTF-8 offsets where characters start, plus the end.
    private static func characterBoundaries(of text: String) -> [Int] {
        var boundaries: [Int] = []
        var offset = 0
        for character in text {
            boundaries.append(offset)
            offset += character.utf8.count
        }
        boundaries.append(offset)
        return boundaries
    }

    /// `offset` moved to a character boundary (down for a start, up for an end).
    private static func round(_ offset: Int, down: Bool, _ boundaries: [Int]) -> Int {
        var low = 0, high = boundaries.count - 1
        while low < high {  // first boundary >= offset
            let mid = (low + high) / 2
            if boundaries[mid] < offset { low = mid + 1 } else { high = mid }
        }
        if boundaries[low] == offset || !down { return boundaries[low] }
        return boundaries[max(low - 1, 0)]
    }
}

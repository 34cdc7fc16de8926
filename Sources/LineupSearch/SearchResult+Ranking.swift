extension SearchResult {
    /// The kept positions by relevance (for `--sort relevance`): best score first, schedule
    /// order among equal scores. O(k log k) plus one scan of each kept item's text.
    ///
    /// Each text term the query requires scores by where it matches best: in the title above
    /// the authors above the abstract above session, room, award or source, and at the start
    /// of a word above inside one ("graph" ranks "Graph Networks" above "Subgraphs"). An
    /// item's score is the sum over the terms. Without text terms the order is the schedule's.
    ///
    /// Scores are small (at most 12 a term), so the order is a counting sort: O(k) after the
    /// scoring, stable over the ascending `positions`.
    public func ranked() -> [Int] {
        let terms = query.root.positiveTextTerms.filter { !$0.needle.isEmpty }
        guard !terms.isEmpty else { return positions }
        let scores = positions.map { relevance(of: $0, terms: terms) }
        let top = scores.max() ?? 0
        var starts = Array(repeating: 0, count: top + 2)
        for score in scores { starts[top - score + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var order = Array(repeating: 0, count: positions.count)
        for (index, score) in scores.enumerated() {
            order[starts[top - score]] = positions[index]
            starts[top - score] += 1
        }
        return order
    }

    /// The relevance score of the item at `position` for this result's query (see `ranked()`).
    public func relevance(at position: Int) -> Int {
        relevance(of: position, terms: query.root.positiveTextTerms.filter { !$0.needle.isEmpty })
    }

    private func relevance(of position: Int, terms: [TextTerm]) -> Int {
        terms.reduce(0) { $0 + bestMatch(of: $1, at: position) }
    }

    /// Weights: title 12 (word start) or 10 (inside a word), authors 8 or 6, abstract 4 or 2,
    /// the short fields 1; 0 when the term does not match at all.
    private func bestMatch(of term: TextTerm, at position: Int) -> Int {
        let long: [(FieldSet, Int)] = [(.title, 10), (.authors, 6), (.abstract, 2)]
        for (field, weight) in long where term.scope.contains(field) {
            guard let column = index.textColumn(field) else { continue }
            let found = column.withText(of: position) { Self.occurrence(of: term.needle, in: $0) }
            switch found {
            case .wordStart: return weight + 2
            case .inside: return weight
            case .none: continue
            }
        }
        for field in FieldSet.valueFields where term.scope.contains(field) {
            guard let value = index.valueColumn(field)?.value(of: position) else { continue }
            let found = value.withUnsafeBufferPointer { Self.occurrence(of: term.needle, in: $0) }
            if found != .none { return 1 }
        }
        return 0
    }

    private enum Occurrence { case none, inside, wordStart }

    /// Whether `needle` occurs in `text`, and whether some occurrence starts a word.
    private static func occurrence(of needle: ByteNeedle, in text: UnsafeBufferPointer<UInt8>) -> Occurrence {
        var found = Occurrence.none
        var from = 0
        while let hit = needle.firstMatch(in: text, from: from) {
            if hit == 0 || !TextFolding.isWordByte[Int(text[hit - 1])] { return .wordStart }
            found = .inside
            from = hit + 1
        }
        return found
    }
}

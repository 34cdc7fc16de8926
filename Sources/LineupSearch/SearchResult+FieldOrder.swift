extension SearchResult {
    /// The ranking Lineup had before BM25F, kept as the baseline of `make bench`'s known-item
    /// benchmark: each text term scores by the best field it matches, title 12 (at a word
    /// start) or 10 (inside a word), authors 8 or 6, abstract 4 or 2, session, room, award or
    /// source 1; an item's score is the sum; higher first, then schedule order.
    public func rankedByFieldOrder() -> [Int] {
        let terms = query.rankedTerms
        guard !terms.isEmpty else { return positions }
        let scores = positions.map { position in terms.reduce(0) { $0 + fieldOrderScore(of: $1, at: position) } }
        return zip(positions, scores).enumerated()
            .sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element.0)
    }

    private func fieldOrderScore(of term: TextTerm, at position: Int) -> Int {
        let long: [(FieldSet, Int)] = [(.title, 10), (.authors, 6), (.abstract, 2)]
        for (field, weight) in long where term.scope.contains(field) {
            guard let column = index.textColumn(field) else { continue }
            let found = column.withText(of: position) { text -> Int? in
                var best: Int?
                var from = 0
                while let hit = term.needle.firstMatch(in: text, from: from) {
                    if hit == 0 || !TextFolding.isWordByte[Int(text[hit - 1])] { return 2 }
                    best = 0
                    from = hit + 1
                }
                return best
            }
            if let found { return weight + found }
        }
        for field in FieldSet.valueFields where term.scope.contains(field) {
            guard let value = index.valueColumn(field)?.value(of: position) else { continue }
            if value.withUnsafeBufferPointer({ term.needle.occurs(in: $0) }) { return 1 }
        }
        return 0
    }
}

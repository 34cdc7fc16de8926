import Foundation

/// A word of the index near a mistyped needle.
struct NearWord: Hashable, Sendable {
    /// Folded bytes.
    let bytes: [UInt8]
    /// Its number in the word index's vocabulary (nil under the scan strategy).
    let id: UInt32?
    let distance: Int

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A query word no item holds, and the words shown in its place.
public struct TypoCorrection: Hashable, Sendable, CustomStringConvertible {
    /// The word as folded from the query.
    public let typed: String
    /// The nearest words of the index, best first (at most three).
    public let shown: [String]

    /// "no talk has 'transfomer'; showing 'transformer'".
    public var description: String {
        "no talk has '\(typed)'; showing " + shown.map { "'\($0)'" }.joined(separator: ", ")
    }
}

extension SearchIndex {
    /// The words of the long fields within typo distance of `needle` (see `TypoTolerance`)
    /// that do not hold it exactly, nearest first, then shorter, then in byte order. With a
    /// word index this is one pass over the vocabulary; under the scan strategy, over every
    /// item's words. Remembered per needle.
    func nearWords(_ needle: [UInt8]) -> [NearWord] {
        if let known = nearWordCache.value(for: needle) { return known }
        let limit = TypoTolerance.allowedDistance(forLength: needle.count)
        var found: [NearWord] = []
        let exact = ByteNeedle(needle)
        needle.withUnsafeBufferPointer { typed in
            if let words {
                for word in 0..<words.vocabulary.count {
                    words.vocabulary.withWord(word) { bytes in
                        guard bytes.count + limit >= typed.count, !exact.occurs(in: bytes),
                              let distance = TypoTolerance.prefixDistance(typed, bytes, limit: limit) else { return }
                        found.append(NearWord(bytes: Array(bytes), id: UInt32(word), distance: distance))
                    }
                }
            } else {
                var seen = Set<[UInt8]>()
                for field in WordIndex.fields {
                    guard let column = textColumn(field) else { continue }
                    for item in 0..<count {
                        column.withText(of: item) { text in
                            TextWords.forEach(in: text) { range in
                                let bytes = UnsafeBufferPointer(rebasing: text[range])
                                guard bytes.count + limit >= typed.count, !exact.occurs(in: bytes),
                                      let distance = TypoTolerance.prefixDistance(typed, bytes, limit: limit) else { return }
                                let folded = bytes.map(ByteNeedle.fold)
                                if seen.insert(folded).inserted { found.append(NearWord(bytes: folded, id: nil, distance: distance)) }
                            }
                        }
                    }
                }
            }
        }
        found.sort { a, b in
            if a.distance != b.distance { return a.distance < b.distance }
            if a.bytes.count != b.bytes.count { return a.bytes.count < b.bytes.count }
            return a.bytes.lexicographicallyPrecedes(b.bytes)
        }
        nearWordCache.store(found, for: needle)
        return found
    }

    /// Whether some item holds `term`'s needle exactly, in any field of its scope.
    func holdsExactly(_ term: TextTerm) -> Bool {
        for field in FieldSet.valueFields where term.scope.contains(field) {
            if valueColumn(field)?.valuesContaining(term.needle) != nil { return true }
        }
        let fields = WordIndex.fields.filter(term.scope.contains)
        if let words, term.isSingleWord {
            var any = false
            words.vocabulary.forEachWord(containing: term.needle) { _ in any = true; return false }
            return any
        }
        for field in fields {
            guard let column = textColumn(field) else { continue }
            for item in 0..<count where column.contains(term.needle, item: item) { return true }
        }
        return false
    }

    /// The free single words of `query` (not under `-`) that no item holds and typo
    /// tolerance applies to. `PartitionedSearch` asks every part and keeps the words no part holds.
    func wordsHeldNowhere(in query: Query) -> Set<TextTerm> {
        Set(query.root.positiveTextTerms.filter { term in
            !term.tolerant && term.isSingleWord && TypoTolerance.applies(to: term.needle.bytes) && !holdsExactly(term)
        })
    }

    /// `query` with the terms of `missing` made typo-tolerant, and what to tell the user
    /// (terms with no near word either are left as they are: they match nothing).
    func correcting(_ query: Query, missing: Set<TextTerm>, shown: (TextTerm) -> [String]) -> (Query, [TypoCorrection]) {
        guard !missing.isEmpty else { return (query, []) }
        var corrections: [TypoCorrection] = []
        var tolerated: Set<TextTerm> = []
        for term in query.root.positiveTextTerms where missing.contains(term) && !tolerated.contains(term) {
            let words = shown(term)
            guard !words.isEmpty else { continue }
            tolerated.insert(term)
            corrections.append(TypoCorrection(typed: String(decoding: term.needle.bytes, as: UTF8.self),
                                              shown: Array(words.prefix(3))))
        }
        return (query.tolerating(tolerated), corrections)
    }

    /// The typo corrections of `query` on this index alone.
    func correctingTypos(_ query: Query) -> (Query, [TypoCorrection]) {
        correcting(query, missing: wordsHeldNowhere(in: query)) { nearWords($0.needle.bytes).map(\.text) }
    }
}

/// Near words by needle, shared by the copies of an index.
final class NearWordCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [[UInt8]: [NearWord]] = [:]

    func value(for needle: [UInt8]) -> [NearWord]? { lock.withLock { entries[needle] } }

    func store(_ words: [NearWord], for needle: [UInt8]) {
        lock.withLock {
            if entries.count >= 256 { entries.removeAll() }
            entries[needle] = words
        }
    }
}

extension Query {
    /// The query with the free-text terms in `terms` (outside a `-`) made typo-tolerant.
    func tolerating(_ terms: Set<TextTerm>) -> Query {
        guard !terms.isEmpty else { return self }
        return Query(text: text, root: root.tolerating(terms))
    }
}

extension QueryNode {
    func tolerating(_ terms: Set<TextTerm>) -> QueryNode {
        switch self {
        case .term(.text(let term)) where terms.contains(term): return .term(.text(term.madeTolerant()))
        case .term: return self
        case .not: return self
        case .anyOf(let children): return .anyOf(children.map { $0.tolerating(terms) })
        case .allOf(let children): return .allOf(children.map { $0.tolerating(terms) })
        }
    }
}

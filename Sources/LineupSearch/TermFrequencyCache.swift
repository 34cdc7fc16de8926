import Foundation

/// The document frequency estimates (`SearchIndex.termFrequencyEstimate`) of recent terms.
/// An index never changes, so a term's estimate holds for as long as the index lives; typing
/// asks for the same terms keystroke after keystroke ("the", "the o", "the ou", ...), and for
/// a broad term each estimate reads much of the vocabulary. At most `limit` terms are kept
/// (then the table starts over). Shared by copies of the index, hence a class with a lock.
final class TermFrequencyCache: @unchecked Sendable {
    static let limit = 256
    private let lock = NSLock()
    private var entries: [TextTerm: Int] = [:]

    func value(for term: TextTerm) -> Int? { lock.withLock { entries[term] } }

    func store(_ frequency: Int, for term: TextTerm) {
        lock.withLock {
            if entries.count >= Self.limit { entries.removeAll() }
            entries[term] = frequency
        }
    }
}

/// Recent vocabulary matches by needle. Typing one more letter filters the previous needle's
/// matches instead of searching the whole vocabulary again.
struct WordMatchCache: Sendable {
    private var entries: [ByteNeedle: [WordMatch]] = [:]
    private var order: [ByteNeedle] = []
    private let limit: Int

    init(limit: Int = 64) { self.limit = limit }

    mutating func matches(of needle: ByteNeedle, in vocabulary: Vocabulary) -> [WordMatch] {
        if let cached = entries[needle] { return cached }
        let bytes = needle.bytes
        let shorter = [ByteNeedle(Array(bytes.dropLast())), ByteNeedle(Array(bytes.dropFirst()))]
        let result: [WordMatch]
        if bytes.count > 1, let base = shorter.compactMap({ entries[$0] }).first {
            result = vocabulary.words(containing: needle, among: base)
        } else {
            result = vocabulary.words(containing: needle)
        }
        entries[needle] = result
        order.append(needle)
        if order.count > limit { entries[order.removeFirst()] = nil }
        return result
    }
}

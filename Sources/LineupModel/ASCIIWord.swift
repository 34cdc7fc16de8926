/// Case-insensitive comparison of short ASCII words without making lowercased strings, for
/// the names parsers read on every slot (weekdays, months, kinds). Callers fall back to
/// `lowercased()` for text that is not ASCII, so results are the same for every input.
enum ASCIIWord {
    /// Calls `body` with `text`'s bytes lowercased (ASCII letters only) when `text` is all
    /// ASCII and at most 16 bytes; returns nil otherwise.
    static func withLowercased<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var bytes: (UInt64, UInt64) = (0, 0)
        var count = 0
        for byte in text.utf8 {
            guard byte < 0x80, count < 16 else { return nil }
            let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if count < 8 { bytes.0 |= lowered << (8 * UInt64(count)) } else { bytes.1 |= lowered << (8 * UInt64(count - 8)) }
            count += 1
        }
        return withUnsafeBytes(of: &bytes) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
        }
    }

    /// True when `word` equals `name` (lowercase ASCII), or is a prefix of it at least
    /// `minimumPrefix` bytes long.
    static func matches(_ word: UnsafeBufferPointer<UInt8>, _ name: StaticString, minimumPrefix: Int) -> Bool {
        let full = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        guard word.count <= full.count, word.count == full.count || word.count >= minimumPrefix else { return false }
        return full.starts(with: word)
    }
}

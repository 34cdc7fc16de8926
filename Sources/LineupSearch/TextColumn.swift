/// One long text field (title, authors or abstract) of every item, as searchable bytes.
///
/// An item's text is kept in one of two forms, chosen when the column is built:
/// - text that folding would change only in ASCII case ("searchable as written": printable
///   ASCII without double spaces, and non-ASCII characters that fold to themselves, such as
///   CJK or symbols) is kept as the item's own string, which shares its storage with the
///   schedule, so the abstracts, the bulk of the data, are not copied; `ByteNeedle` matches
///   uppercase ASCII letters itself;
/// - any other text is folded (`TextFolding`) into one contiguous byte array.
/// List values (author names) are folded and joined with a line feed, which no folded needle
/// contains, so a phrase never spans two names.
struct TextColumn: Sendable {
    private var folded: [UInt8] = []
    /// Item i's folded text is `folded[offsets[i]..<offsets[i + 1]]` when `asWritten[i]` is nil.
    private var offsets: [Int] = [0]
    private var asWritten: [String?] = []
    /// Total bytes over all items, for cost estimates.
    private(set) var totalBytes = 0

    var count: Int { asWritten.count }

    /// `expectedCount` items are reserved for up front, so the per-item arrays need no copy
    /// to trim them at the end.
    init(expectedCount: Int = 0) {
        offsets.reserveCapacity(expectedCount + 1)
        asWritten.reserveCapacity(expectedCount)
    }

    /// Appends the next item's value; returns nothing, the caller reads it back with
    /// `withText(of:)` (for instance to collect its words).
    mutating func append(_ value: SearchValue?) {
        switch value {
        case .text(let text) where Self.isSearchableAsWritten(text):
            asWritten.append(text)
            totalBytes += text.utf8.count
        case .text(let text):
            let before = folded.count
            TextFolding.append(text, to: &folded)
            asWritten.append(nil)
            totalBytes += folded.count - before
        case .list(let texts):
            let before = folded.count
            for (index, text) in texts.enumerated() {
                if index > 0 { folded.append(0x0A) }
                TextFolding.append(text, to: &folded)
            }
            asWritten.append(nil)
            totalBytes += folded.count - before
        case .date, .minuteOfDay, nil:
            asWritten.append(nil)
        }
        offsets.append(folded.count)
    }

    /// Calls `body` with item `item`'s searchable bytes (folded, or as written).
    @inline(__always)
    func withText<R>(of item: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let text = asWritten[item],
           let result = text.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        if let text = asWritten[item] {
            return Array(text.utf8).withUnsafeBufferPointer(body)
        }
        return folded.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[offsets[item]..<offsets[item + 1]]))
        }
    }

    /// Reads one byte of every 64-byte line of the item's text and returns their XOR, so that
    /// the lines are on their way into the cache before the item is scanned.
    @inline(__always)
    func touch(item: Int) -> UInt8 {
        withText(of: item) { text in
            var sum: UInt8 = 0
            var offset = 0
            while offset < text.count {
                sum ^= text[offset]
                offset += 64
            }
            return sum
        }
    }

    /// True when `needle` occurs in item `item`'s text.
    @inline(__always)
    func contains(_ needle: ByteNeedle, item: Int) -> Bool {
        withText(of: item) { needle.occurs(in: $0) }
    }

    /// Text whose folded form differs from it only in ASCII case (see the type's comment).
    static func isSearchableAsWritten(_ text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable(isSearchableAsWritten(bytes:)) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(isSearchableAsWritten(bytes:))
    }

    /// ASCII 16 bytes at a time (no byte outside 0x20...0x7E, no space after a space); from
    /// the first non-ASCII byte on, scalar by scalar.
    static func isSearchableAsWritten(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        if n >= 17, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let space = SIMD16<UInt8>(repeating: 0x20), tilde = SIMD16<UInt8>(repeating: 0x7E)
            while i + 17 <= n {
                let here = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
                if ((here .< space) .| (here .> tilde) .| ((here .== space) .& (next .== space))).anyLane { break }
                i += 16
            }
        }
        var previous: UInt8 = i > 0 ? bytes[i - 1] : 0
        while i < n {
            let byte = bytes[i]
            if byte >= 0x80 {
                let (scalar, length) = TextFolding.decodeScalar(bytes, at: i)
                guard TextFolding.foldsToItself(scalar, UnsafeBufferPointer(rebasing: bytes[i..<i + length])) else {
                    return false
                }
                i += length
            } else {
                if byte < 0x20 || byte > 0x7E || (byte == 0x20 && previous == 0x20) { return false }
                i += 1
            }
            previous = byte
        }
        return true
    }

    var memoryFootprint: Int {
        folded.count + offsets.count * 8 + asWritten.count * MemoryLayout<String?>.stride
    }

    /// Frees the folded bytes' spare capacity once the column is complete.
    mutating func finish() {
        folded = folded.shrunkToFit()
    }
}

/// One long text field (title, authors or abstract) of every item, as searchable bytes.
///
/// An item's text is kept in one of two forms, chosen when the column is built:
/// - text that folding would change only in ASCII case ("searchable as written": printable
///   ASCII without double spaces, and non-ASCII characters that fold to themselves, such as
///   CJK or symbols) is kept as the item's own string, which shares its storage with the
///   schedule, so the abstracts, the bulk of the data, are not copied; `ByteNeedle` matches
///   uppercase ASCII letters itself;
/// - text derived from another string the item holds (the display form of an abstract, from
///   the abstract as written) is kept as that string plus a `TextRecipe`, tens of bytes,
///   instead of a second copy: `withText` makes the text again in a temporary buffer, a copy
///   of a few runs, cheap next to searching it. The recipe makes the text itself when it is
///   searchable as written, else its folded form with ASCII case kept (which matches like
///   the folded form, as ASCII case is folded by `ByteNeedle`);
/// - any other text is folded (`TextFolding`) into one contiguous byte array.
/// List values (author names) are folded and joined with a line feed, which no folded needle
/// contains, so a phrase never spans two names.
struct TextColumn: Sendable, Equatable {
    /// Folded texts and recipes, item after item.
    private var folded: [UInt8] = []
    /// Item i's bytes here are `folded[offsets[i]..<offsets[i + 1]]`: its folded text when
    /// `asWritten[i]` is nil, else its recipe over `asWritten[i]` (empty: no recipe, the
    /// string is the text).
    private var offsets: [Int] = [0]
    /// Empty while no item has a string (a column of lists never has one), else one per item.
    private var asWritten: [String?] = []
    /// Total bytes over all items, for cost estimates.
    private(set) var totalBytes = 0
    private let expectedCount: Int

    var count: Int { offsets.count - 1 }

    /// `expectedCount` items are reserved for up front, so the per-item arrays need no copy
    /// to trim them at the end.
    init(expectedCount: Int = 0) {
        self.expectedCount = expectedCount
        offsets.reserveCapacity(expectedCount + 1)
    }

    private mutating func appendString(_ text: String?) {
        if asWritten.isEmpty {
            guard let text else { return }
            asWritten.reserveCapacity(max(expectedCount, count + 1))
            asWritten.append(contentsOf: repeatElement(nil, count: count))
            asWritten.append(text)
        } else {
            asWritten.append(text)
        }
    }

    /// Item `item`'s string, if it has one.
    @inline(__always)
    private func string(of item: Int) -> String? {
        asWritten.isEmpty ? nil : asWritten[item]
    }

    /// Called after each item: once a sixteenth of the expected items are in, the folded
    /// bytes are reserved for all of them at that rate (and a little more), so the array does
    /// not grow by doubling, which holds the old and the new copy at once and leaves up to half
    /// of it spare.
    private mutating func projectFoldedSize() {
        guard expectedCount >= 4096, offsets.count - 1 == expectedCount / 16 else { return }
        folded.reserveCapacity(folded.count * 16 + folded.count * 16 / 16 + 4096)
    }

    /// Appends the next item's value; returns nothing, the caller reads it back with
    /// `withText(of:)` (for instance to collect its words). `source`, when given, is a string
    /// the item holds anyway that a text value was derived from (the abstract as written, for
    /// its display form): the text is then kept as a recipe over it where that is shorter.
    mutating func append(_ value: SearchValue?, derivedFrom source: String? = nil) {
        switch value {
        case .text(let text) where Self.isSearchableAsWritten(text):
            totalBytes += text.utf8.count
            if let source, source == text {
                appendString(source)  // the item's own string, not a copy of it
            } else if let source, let recipe = Self.recipe(for: text, from: source) {
                appendString(source)
                folded.append(contentsOf: recipe)
            } else {
                appendString(text)
            }
        case .text(let text):
            // Folded but for ASCII case, a text matches as its folded form does (ByteNeedle
            // folds ASCII case itself), and that form differs from the source only where
            // folding changed something: a recipe over the source is short.
            if let source {
                let almostFolded = Self.withBytes(of: text) { TextFolding.foldedKeepingASCIICase($0) }
                let recipe = almostFolded.withUnsafeBufferPointer { result in
                    Self.withBytes(of: source) { TextRecipe.make(result, from: $0) }
                }
                if let recipe {
                    appendString(source)
                    folded.append(contentsOf: recipe)
                    totalBytes += almostFolded.count
                    break
                }
            }
            let before = folded.count
            TextFolding.append(text, to: &folded)
            appendString(nil)
            totalBytes += folded.count - before
        case .list(let texts):
            let before = folded.count
            for (index, text) in texts.enumerated() {
                if index > 0 { folded.append(0x0A) }
                TextFolding.append(text, to: &folded)
            }
            appendString(nil)
            totalBytes += folded.count - before
        case .date, .minuteOfDay, .slot, nil:
            appendString(nil)
        }
        offsets.append(folded.count)
        projectFoldedSize()
    }

    /// Calls `body` with bytes that hold the same words as the text `withText` gives for a
    /// derived text value (`append(_:derivedFrom:)`): the text itself when it is searchable as
    /// written, else its folded form with ASCII case kept (the two forms a recipe or a folded
    /// entry can give differ from it only in ASCII case, which word lookup folds). For a
    /// thread that collects the words of a column another thread is making.
    static func withWordBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isSearchableAsWritten(text) { return withBytes(of: text, body) }
        return withBytes(of: text) { TextFolding.foldedKeepingASCIICase($0) }.withUnsafeBufferPointer(body)
    }

    private static func recipe(for text: String, from source: String) -> [UInt8]? {
        withBytes(of: text) { result in withBytes(of: source) { TextRecipe.make(result, from: $0) } }
    }

    private static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with item `item`'s searchable bytes (folded, as written, or made from its
    /// recipe into a temporary buffer).
    @inline(__always)
    func withText<R>(of item: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = offsets[item], end = offsets[item + 1]
        if let text = string(of: item) {
            guard start < end else { return Self.withBytes(of: text, body) }
            return folded.withUnsafeBufferPointer { all in
                let recipe = UnsafeBufferPointer(rebasing: all[start..<end])
                return Self.withBytes(of: text) { source in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: TextRecipe.resultLength(recipe)) { buffer in
                        TextRecipe.apply(recipe, to: source, into: buffer)
                        return body(UnsafeBufferPointer(buffer))
                    }
                }
            }
        }
        return folded.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }

    /// Reads one byte of every 64-byte line of the item's text and returns their XOR, so that
    /// the lines are on their way into the cache before the item is scanned.
    @inline(__always)
    func touch(item: Int) -> UInt8 {
        // An item with a recipe reads its string, so that is what is read ahead.
        let read: (UnsafeBufferPointer<UInt8>) -> UInt8 = { text in
            var sum: UInt8 = 0
            var offset = 0
            while offset < text.count {
                sum ^= text[offset]
                offset += 64
            }
            return sum
        }
        if let text = string(of: item) { return Self.withBytes(of: text, read) }
        return withText(of: item, read)
    }

    /// Reads the cache line of item `item`'s text near byte `offset` (of its string, for a
    /// text kept as a recipe, where the byte made at `offset` lies at or after it), so that
    /// it is on its way into the cache before `holds` compares there.
    @inline(__always)
    func touch(item: Int, at offset: Int) -> UInt8 {
        let read: (UnsafeBufferPointer<UInt8>) -> UInt8 = { text in
            text.isEmpty ? 0 : text[min(offset, text.count - 1)]
        }
        if let text = string(of: item) { return Self.withBytes(of: text, read) }
        return withText(of: item, read)
    }

    /// True when `needle` occurs in item `item`'s text.
    @inline(__always)
    func contains(_ needle: ByteNeedle, item: Int) -> Bool {
        withText(of: item) { needle.occurs(in: $0) }
    }

    /// True when `needle` occurs in item `item`'s text at byte `position`. Reads only those
    /// bytes of the text, also for a text kept as a recipe.
    func holds(_ needle: ByteNeedle, at position: Int, item: Int) -> Bool {
        let start = offsets[item], end = offsets[item + 1]
        let window = position..<(position + needle.count)
        guard let text = string(of: item), start < end else {
            return withText(of: item) { text in
                window.lowerBound >= 0 && window.upperBound <= text.count && needle.occurs(in: text, at: position)
            }
        }
        return folded.withUnsafeBufferPointer { all in
            let recipe = UnsafeBufferPointer(rebasing: all[start..<end])
            guard window.lowerBound >= 0, window.upperBound <= TextRecipe.resultLength(recipe) else { return false }
            return Self.withBytes(of: text) { source in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: needle.count) { buffer in
                    TextRecipe.apply(recipe, to: source, range: window, into: buffer)
                    return needle.occurs(in: UnsafeBufferPointer(buffer), at: 0)
                }
            }
        }
    }

    /// True when `needle` occurs in item `item`'s text at byte `position` or later.
    func contains(_ needle: ByteNeedle, from position: Int, item: Int) -> Bool {
        withText(of: item) { position <= $0.count && needle.firstMatch(in: $0, from: max(0, position)) != nil }
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

    /// Frees the folded bytes' spare capacity once the column is complete, unless it is small
    /// (a copy to trim it would need the memory of both at once).
    mutating func finish() {
        if folded.capacity - folded.count > folded.count / 8 + 4096 { folded = folded.shrunkToFit() }
        if asWritten.capacity > asWritten.count { asWritten = asWritten.shrunkToFit() }
    }
}

/// One long text field (title, authors or abstract) of every item, as searchable bytes.
///
/// An item's text is kept in one of two forms, chosen when the column is built:
/// - "clean ASCII" text (printable ASCII with no double space) is kept as the item's own
///   string, which shares its storage with the schedule, so the abstracts, the bulk of the
///   data, are not copied: folding would only lowercase it, and `ByteNeedle` matches
///   uppercase letters itself;
/// - any other text is folded (`TextFolding`) into one contiguous byte array.
/// List values (author names) are folded and joined with a line feed, which no folded needle
/// contains, so a phrase never spans two names.
struct TextColumn: Sendable {
    private var folded: [UInt8] = []
    /// Item i's folded text is `folded[offsets[i]..<offsets[i + 1]]` when `clean[i]` is nil.
    private var offsets: [Int] = [0]
    private var clean: [String?] = []
    /// Total bytes over all items, for cost estimates.
    private(set) var totalBytes = 0

    var count: Int { clean.count }

    init() {}

    /// Appends the next item's value; returns nothing, the caller reads it back with
    /// `withText(of:)` (for instance to collect its words).
    mutating func append(_ value: SearchValue?) {
        switch value {
        case .text(let text) where Self.isCleanASCII(text):
            clean.append(text)
            totalBytes += text.utf8.count
        case .text(let text):
            let before = folded.count
            TextFolding.append(text, to: &folded)
            clean.append(nil)
            totalBytes += folded.count - before
        case .list(let texts):
            let before = folded.count
            for (index, text) in texts.enumerated() {
                if index > 0 { folded.append(0x0A) }
                TextFolding.append(text, to: &folded)
            }
            clean.append(nil)
            totalBytes += folded.count - before
        case .date, .minuteOfDay, nil:
            clean.append(nil)
        }
        offsets.append(folded.count)
    }

    /// Calls `body` with item `item`'s searchable bytes (folded, or clean ASCII).
    @inline(__always)
    func withText<R>(of item: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let text = clean[item],
           let result = text.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        if let text = clean[item] {
            return Array(text.utf8).withUnsafeBufferPointer(body)
        }
        return folded.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[offsets[item]..<offsets[item + 1]]))
        }
    }

    /// True when `needle` occurs in item `item`'s text.
    @inline(__always)
    func contains(_ needle: ByteNeedle, item: Int) -> Bool {
        withText(of: item) { needle.occurs(in: $0) }
    }

    /// Text whose folded form differs from it only in ASCII case: printable ASCII without
    /// two spaces in a row (folding collapses those).
    static func isCleanASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte >= 0x7F || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return true
    }

    /// Frees spare capacity once the column is complete.
    mutating func finish() {
        folded = folded.shrunkToFit()
        offsets = offsets.shrunkToFit()
        clean = clean.shrunkToFit()
    }
}

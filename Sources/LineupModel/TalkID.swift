/// A talk's stable identity: derived from what the item is, never from where it sits, so a
/// bookmark survives a re-import, a renamed file or a reordered page.
///
/// Format: "t" followed by 16 lowercase hex digits (a 64-bit FNV-1a hash), e.g. "t3f0c9a…".
/// Any other text (from a hand-edited file, say) is kept as given.
public struct TalkID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.init(value) }

    /// The id in the format for a 64-bit digest.
    init(digest: UInt64) {
        self.init(String(unsafeUninitializedCapacity: 17) { buffer in
            buffer[0] = UInt8(ascii: "t")
            for position in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: digest >> (60 - 4 * UInt64(position))) & 0xF
                buffer[1 + position] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 17
        })
    }

    /// The id of an item from its identifying parts. `parts` must be the same on every import
    /// of the same item: the parser passes the normalised title and the slot's start (or the
    /// listing's day), plus what tells sessions or listings apart.
    public static func derive(_ parts: [String]) -> TalkID {
        var hasher = StableHasher()
        for part in parts {
            hasher.combine(part)
        }
        return TalkID(digest: hasher.digest)
    }

    /// The id of an item the source gives an id for (a frab guid, an iCalendar UID): stable
    /// when the item is renamed or moved. `namespace` is the conference acronym or title, else
    /// the file name, so that two conferences' "123" stay apart.
    public static func fromSource(namespace: String, sourceID: String) -> TalkID {
        derive(["source-id", namespace, sourceID])
    }

    /// Lowercases and collapses runs of whitespace, so that re-wrapped or re-cased titles keep
    /// their id.
    /// O(n); ASCII titles (almost all) take a byte-level path with the same result, since
    /// Unicode lowercasing and white space agree with ASCII's on ASCII text.
    public static func normalisedTitle(_ title: String) -> String {
        var title = title
        if let ascii = title.withUTF8(asciiNormalisedTitle) { return ascii }
        return title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Nil when `bytes` are not all ASCII.
    private static func asciiNormalisedTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: TalkID, rhs: TalkID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// FNV-1a over UTF-8 bytes, 64 bits. Unlike `Hasher` it is the same in every process, which is
/// what persistent ids need. Parts are separated by a 0x1F byte so ("ab","c") != ("a","bc").
struct StableHasher: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        for byte in text.utf8 {
            add(byte)
        }
        endPart()
    }

    /// Adds a part given as bytes, as `combine(_:)` adds a string's UTF-8.
    mutating func combine(bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            add(byte)
        }
        endPart()
    }

    /// One byte of the current part.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Closes the current part.
    @inline(__always)
    mutating func endPart() {
        add(0x1F)
    }

    var digest: UInt64 { state }

    var hexDigest: String {
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

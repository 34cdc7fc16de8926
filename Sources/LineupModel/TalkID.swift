/// A talk's stable identity: derived from what the item is, never from where it sits, so a
/// bookmark survives a re-import, a renamed file or a reordered page.
///
/// Format: "t" followed by 16 lowercase hex digits (a 64-bit FNV-1a hash), e.g. "t3f0c9a…".
/// Any other text (from a hand-edited file, say) is kept as given.
///
/// An id in that format is kept as its 64-bit digest rather than as text: every item holds
/// one, and 17 characters are one more than a Swift string keeps without a heap allocation
/// (64 bytes of heap per item: 6 MB of the peak when a 100,000-event file is read, which
/// issue 12's memory target needs). Equality, hashing and order are those of the
/// text: an id read from "t…" text is the same value as the one derived, and digests order
/// as their fixed-width lowercase hex does.
public struct TalkID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    private enum Storage: Hashable, Sendable {
        case digest(UInt64)
        case text(String)
    }

    private let storage: Storage

    /// The id as text; built on each call for an id in the digest format (17 bytes).
    public var rawValue: String {
        switch storage {
        case .digest(let digest): Self.text(digest: digest)
        case .text(let text): text
        }
    }

    public init(_ rawValue: String) {
        storage = Self.digest(text: rawValue).map(Storage.digest) ?? .text(rawValue)
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The id in the format for a 64-bit digest.
    init(digest: UInt64) {
        storage = .digest(digest)
    }

    private static func text(digest: UInt64) -> String {
        String(unsafeUninitializedCapacity: 17) { buffer in
            buffer[0] = UInt8(ascii: "t")
            for position in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: digest >> (60 - 4 * UInt64(position))) & 0xF
                buffer[1 + position] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 17
        }
    }

    /// The digest `text` spells in exactly the derived format ("t" and 16 lowercase hex
    /// digits), nil for any other text, which is kept as given.
    private static func digest(text: String) -> UInt64? {
        var digest: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            count += 1
            if count == 1 {
                guard byte == UInt8(ascii: "t") else { return nil }
                continue
            }
            guard count <= 17 else { return nil }
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            digest = digest << 4 | UInt64(nibble)
        }
        return count == 17 ? digest : nil
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
    public static func < (lhs: TalkID, rhs: TalkID) -> Bool {
        if case .digest(let left) = lhs.storage, case .digest(let right) = rhs.storage { return left < right }
        return lhs.rawValue < rhs.rawValue
    }
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

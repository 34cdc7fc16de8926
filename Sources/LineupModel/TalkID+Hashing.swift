import Foundation

/// Hashes for `HashSlots`: the same in every process and cheap (no allocation).
extension TalkID {
    /// A 64-bit hash of the id, the same in every process, for `HashSlots`: its number, mixed,
    /// for ids in the format (no memory is read); a hash of the text for others.
    package var slotHash: UInt64 {
        guard digest == 0 else { return Self.mixed(digest) }
        let text = rawValue
        return text.utf8.withContiguousStorageIfAvailable(Self.slotHash(of:))
            ?? Array(text.utf8).withUnsafeBufferPointer(Self.slotHash(of:))
    }

    static func slotHash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = fnvBasis
        for byte in bytes {
            state = fnvStep(state, byte)
        }
        return mixed(state)
    }

    /// `slotHash` of `normalisedTitle(title)`'s bytes, without building that string when the
    /// title is ASCII (the same bytes as `asciiNormalisedTitle` writes, hashed as they come).
    package static func normalisedTitleHash(_ title: borrowing String) -> UInt64 {
        let ascii = title.utf8.withContiguousStorageIfAvailable(asciiNormalisedTitleHash)
            ?? Array(title.utf8).withUnsafeBufferPointer(asciiNormalisedTitleHash)
        if let ascii { return ascii }
        var normalised = normalisedTitle(copy title)
        return normalised.withUTF8 { slotHash(of: $0) }
    }

    /// True when `normalisedTitle(a) == normalisedTitle(b)`; ASCII titles are compared as they
    /// are normalised, without building either string.
    static func haveSameNormalisedTitle(_ a: borrowing String, _ b: borrowing String) -> Bool {
        let ascii: Bool?? = a.utf8.withContiguousStorageIfAvailable { left -> Bool? in
            let inner: Bool?? = b.utf8.withContiguousStorageIfAvailable { right in asciiNormalisedTitlesEqual(left, right) }
            return inner ?? nil
        }
        if case .some(.some(let known)) = ascii { return known }
        return normalisedTitle(copy a) == normalisedTitle(copy b)
    }

    /// Nil when either title is not all ASCII.
    private static func asciiNormalisedTitlesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        // The same bytes normalise the same way (repeated titles are almost always identical).
        if a.count == b.count, let left = a.baseAddress, let right = b.baseAddress, memcmp(left, right, a.count) == 0 {
            return true
        }
        var left = AsciiNormalisedBytes(a), right = AsciiNormalisedBytes(b)
        while true {
            let l = left.next(), r = right.next()
            guard let l, let r else {
                // Equal so far: equal when both ended, unless the rest of one is not ASCII.
                if l == nil && r == nil { return left.sawNonASCII || right.sawNonASCII ? nil : true }
                return left.remainderIsASCII() && right.remainderIsASCII() ? false : nil
            }
            if l != r { return left.remainderIsASCII() && right.remainderIsASCII() ? false : nil }
        }
    }

    /// Nil when `bytes` are not all ASCII.
    private static func asciiNormalisedTitleHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var state = fnvBasis
        var normalised = AsciiNormalisedBytes(bytes)
        while let byte = normalised.next() {
            state = fnvStep(state, byte)
        }
        return normalised.sawNonASCII ? nil : mixed(state)
    }

    private static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func fnvStep(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Murmur3's finaliser: FNV's high bits depend little on the last bytes.
    @inline(__always)
    static func mixed(_ state: UInt64) -> UInt64 {
        var state = state ^ (state >> 33)
        state = state &* 0xff51_afd7_ed55_8ccd
        return state ^ (state >> 33)
    }
}

/// The bytes `TalkID.asciiNormalisedTitle` would write, one at a time: ASCII lowercased, runs of
/// white space as one space, none at either end. Stops (with `sawNonASCII`) at a non-ASCII byte.
struct AsciiNormalisedBytes {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var wroteAny = false
    private var pendingLetter: UInt8?
    private(set) var sawNonASCII = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> UInt8? {
        if let letter = pendingLetter {
            pendingLetter = nil
            return letter
        }
        var sawSpace = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte < 0x80 else {
                sawNonASCII = true
                return nil
            }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                sawSpace = true
                continue
            }
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if sawSpace && wroteAny {
                pendingLetter = lowered
                return 0x20
            }
            wroteAny = true
            return lowered
        }
        return nil
    }

    /// True when no byte from here on is outside ASCII (the comparison's verdict then holds).
    mutating func remainderIsASCII() -> Bool {
        guard !sawNonASCII else { return false }
        return !bytes[index...].contains { $0 >= 0x80 }
    }
}

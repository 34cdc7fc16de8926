/// Substring search over bytes, the inner loop of every text match.
///
/// The needle is folded (`TextFolding`), so its ASCII letters are lowercase. The haystack is
/// either folded too or "clean ASCII" (see `Haystacks`), whose letters may be uppercase: a
/// haystack byte matches a needle byte when it equals it or is its uppercase form. Both are
/// exact, so a match here is a match of the folded texts.
///
/// Method: 16 positions at a time, compare two of the needle's bytes at their offsets; only
/// positions where both agree are compared in full (W. Muła, "SIMD-friendly algorithms for
/// substring searching"). The two bytes are the needle's rarest in English text ("p" and "r"
/// of "sparse ", not "s" and " "), so few positions need the full comparison. O(n) with a
/// small constant.
struct ByteNeedle: Hashable, Sendable {
    let bytes: [UInt8]
    /// Offsets of the two bytes the vector filter compares (equal for a one-byte needle).
    private let probe: (first: Int, second: Int)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.probe = Self.rarestPair(bytes)
    }

    static func == (lhs: ByteNeedle, rhs: ByteNeedle) -> Bool { lhs.bytes == rhs.bytes }
    func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// True when the needle occurs in `haystack`.
    func occurs(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        firstMatch(in: haystack, from: 0) != nil
    }

    /// The offset of the first occurrence at or after `start`, or nil.
    func firstMatch(in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let k = bytes.count
        guard k > 0 else { return start <= haystack.count ? start : nil }
        let n = haystack.count
        guard let base = haystack.baseAddress, n - start >= k else { return nil }
        return bytes.withUnsafeBufferPointer { needle -> Int? in
            let (p, q) = probe
            let first = needle[p], second = needle[q]
            var i = start
            // Vector part: positions i..<i+16 read bytes up to i + 15 + max(p, q) <= i + 15 + k - 1.
            if n - k - 15 > i {
                let firstVector = SIMD16<UInt8>(repeating: first)
                let secondVector = SIMD16<UInt8>(repeating: second)
                let firstFold = SIMD16<UInt8>(repeating: Self.caseBit(first))
                let secondFold = SIMD16<UInt8>(repeating: Self.caseBit(second))
                let raw = UnsafeRawPointer(base)
                let limit = n - k - 15
                while i < limit {
                    let a = raw.loadUnaligned(fromByteOffset: i + p, as: SIMD16<UInt8>.self) | firstFold
                    let b = raw.loadUnaligned(fromByteOffset: i + q, as: SIMD16<UInt8>.self) | secondFold
                    let hits = (a .== firstVector) .& (b .== secondVector)
                    if any(hits) {
                        for lane in 0..<16 where hits[lane] {
                            if Self.matches(needle, at: base + i + lane) { return i + lane }
                        }
                    }
                    i += 16
                }
            }
            while i <= n - k {
                if Self.fold(base[i + p]) == first, Self.matches(needle, at: base + i) { return i }
                i += 1
            }
            return nil
        }
    }

    /// The offsets of the two bytes least likely to occur in text, by `frequency`.
    private static func rarestPair(_ bytes: [UInt8]) -> (Int, Int) {
        guard bytes.count > 1 else { return (0, 0) }
        let order = bytes.indices.sorted { frequency(bytes[$0]) < frequency(bytes[$1]) }
        return (min(order[0], order[1]), max(order[0], order[1]))
    }

    /// Rough frequency (per mille) of a folded byte in English prose.
    private static func frequency(_ byte: UInt8) -> Int {
        switch byte {
        case 0x20: return 180
        case UInt8(ascii: "e"): return 100
        case UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"), UInt8(ascii: "n"): return 65
        case UInt8(ascii: "s"), UInt8(ascii: "r"), UInt8(ascii: "h"): return 55
        case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "u"): return 32
        case UInt8(ascii: "m"), UInt8(ascii: "f"), UInt8(ascii: "p"), UInt8(ascii: "g"), UInt8(ascii: "w"),
             UInt8(ascii: "y"), UInt8(ascii: "b"), UInt8(ascii: ","), UInt8(ascii: "."): return 18
        case UInt8(ascii: "v"), UInt8(ascii: "k"): return 8
        case 0x30...0x39, UInt8(ascii: "-"): return 5
        default: return 2
        }
    }

    /// 0x20 when `byte` is a lowercase ASCII letter: OR-ing it into a haystack byte maps the
    /// uppercase letter onto the lowercase one and cannot make any other byte equal `byte`.
    @inline(__always)
    private static func caseBit(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? 0x20 : 0
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always)
    private static func matches(_ needle: UnsafeBufferPointer<UInt8>, at position: UnsafePointer<UInt8>) -> Bool {
        for j in 0..<needle.count where fold(position[j]) != needle[j] {
            return false
        }
        return true
    }
}

extension SIMDMask where Storage == SIMD16<Int8> {
    /// True when any lane is set. The standard library's `any(_:)` is a generic reduction that
    /// is not inlined; this is two 64-bit ORs.
    @inline(__always)
    var anyLane: Bool {
        let lanes = unsafeBitCast(self, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] != 0
    }
}

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
/// of "sparse ", not "s" and " "), so few positions need the full comparison. On text made to
/// defeat the filter ("aaaa…" for "aa…ab") the full comparisons would cost O(n·m); once they
/// have read more than a few bytes per haystack byte the search finishes with
/// Knuth–Morris–Pratt instead, so it is O(n + m) in every case.
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

    /// True when the needle occurs in `haystack` at `position` (which must leave room for it).
    @inline(__always)
    func occurs(in haystack: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard let base = haystack.baseAddress else { return bytes.isEmpty }
        return bytes.withUnsafeBufferPointer { Self.agreement($0, at: base + position) == $0.count }
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
            var compared = 0
            let budget = 4 * (n - start) + 256
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
                    // Lanes are 0x00 or 0xFF bytes; `any(_:)` compiles to a call, this does not.
                    let lanes = unsafeBitCast(hits, to: SIMD2<UInt64>.self)
                    if lanes[0] | lanes[1] != 0 {
                        var word = lanes[0], offset = 0
                        while true {
                            while word != 0 {
                                let byte = word.trailingZeroBitCount / 8
                                let candidate = i + offset + byte
                                let agreed = Self.agreement(needle, at: base + candidate)
                                if agreed == k { return candidate }
                                compared += agreed + 1
                                if compared > budget {
                                    return Self.knuthMorrisPratt(needle, in: haystack, from: candidate)
                                }
                                word &= ~(0xFF << UInt64(byte * 8))
                            }
                            if offset == 8 { break }
                            word = lanes[1]
                            offset = 8
                        }
                    }
                    i += 16
                }
            }
            while i <= n - k {
                if Self.fold(base[i + p]) == first {
                    let agreed = Self.agreement(needle, at: base + i)
                    if agreed == k { return i }
                    compared += agreed + 1
                    if compared > budget { return Self.knuthMorrisPratt(needle, in: haystack, from: i) }
                }
                i += 1
            }
            return nil
        }
    }

    /// The first occurrence at or after `start` by Knuth–Morris–Pratt: O(n + m), for the
    /// haystacks the vector filter cannot thin out.
    private static func knuthMorrisPratt(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                                         from start: Int) -> Int? {
        let k = needle.count
        var border = [Int](repeating: 0, count: k)  // border[j]: longest proper border of needle[0...j]
        var length = 0
        for j in 1..<max(k, 1) {
            while length > 0 && needle[j] != needle[length] { length = border[length - 1] }
            if needle[j] == needle[length] { length += 1 }
            border[j] = length
        }
        var matched = 0
        for i in start..<haystack.count {
            let byte = fold(haystack[i])
            while matched > 0 && byte != needle[matched] { matched = border[matched - 1] }
            if byte == needle[matched] { matched += 1 }
            if matched == k { return i - k + 1 }
        }
        return nil
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

    /// Whether two haystack texts are equal once ASCII case is folded.
    static func foldedEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { fold($0) == fold($1) }
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// How many leading bytes of the needle agree with the text at `position` (the needle's
    /// length for a match).
    @inline(__always)
    private static func agreement(_ needle: UnsafeBufferPointer<UInt8>, at position: UnsafePointer<UInt8>) -> Int {
        for j in 0..<needle.count where fold(position[j]) != needle[j] {
            return j
        }
        return needle.count
    }
}

/// Substring search over bytes, the inner loop of every text match.
///
/// The needle is folded (`TextFolding`), so its ASCII letters are lowercase. The haystack is
/// either folded too or "clean ASCII" (see `Haystacks`), whose letters may be uppercase: a
/// haystack byte matches a needle byte when it equals it or is its uppercase form. Both are
/// exact, so a match here is a match of the folded texts.
///
/// Method: 16 bytes at a time, compare the first needle byte at each position and the last
/// needle byte `count - 1` further on; only positions where both agree are compared in full
/// (W. Muła, "SIMD-friendly algorithms for substring searching"). O(n) with a small constant.
struct ByteNeedle: Hashable, Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

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
            let first = needle[0], last = needle[k - 1]
            var i = start
            // Vector part: positions i..<i+16 need bytes up to i + k - 1 + 15 < n.
            if n - k - 15 > i {
                let firstVector = SIMD16<UInt8>(repeating: first)
                let lastVector = SIMD16<UInt8>(repeating: last)
                let firstFold = SIMD16<UInt8>(repeating: Self.caseBit(first))
                let lastFold = SIMD16<UInt8>(repeating: Self.caseBit(last))
                let raw = UnsafeRawPointer(base)
                let limit = n - k - 15
                while i < limit {
                    let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) | firstFold
                    let b = raw.loadUnaligned(fromByteOffset: i + k - 1, as: SIMD16<UInt8>.self) | lastFold
                    let hits = (a .== firstVector) .& (b .== lastVector)
                    if any(hits) {
                        for lane in 0..<16 where hits[lane] {
                            if Self.matches(needle, at: base + i + lane) { return i + lane }
                        }
                    }
                    i += 16
                }
            }
            while i <= n - k {
                if Self.fold(base[i]) == first, Self.matches(needle, at: base + i) { return i }
                i += 1
            }
            return nil
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

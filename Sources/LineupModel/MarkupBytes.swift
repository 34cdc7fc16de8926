/// Finding the bytes MarkupText acts on (`\ { } $ * `` ` `` and, inside the converter, `'`)
/// sixteen at a time: every abstract of a schedule is scanned, so this is the hot loop.
enum MarkupBytes {
    /// The index of the first markup byte at or after `start`, or `buffer.count` when none.
    static func firstSpecial(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, includingApostrophe: Bool) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        let raw = UnsafeRawPointer(base)
        var index = start
        // Sixteen bytes at a time: the markup bytes are 0x24 $, 0x2A *, 0x5C \, 0x60 `, 0x7B {,
        // 0x7D } (and 0x27 ' when asked), compared lane by lane.
        let apostrophe = SIMD16<UInt8>(repeating: includingApostrophe ? 0x27 : 0x5C)
        let backslash = SIMD16<UInt8>(repeating: 0x5C), open = SIMD16<UInt8>(repeating: 0x7B)
        let close = SIMD16<UInt8>(repeating: 0x7D), dollar = SIMD16<UInt8>(repeating: 0x24)
        let star = SIMD16<UInt8>(repeating: 0x2A), backtick = SIMD16<UInt8>(repeating: 0x60)
        @inline(__always) func lanes(_ mask: SIMDMask<SIMD16<Int8>>) -> SIMD2<UInt64> {
            unsafeBitCast(mask, to: SIMD2<UInt64>.self)  // 0x00 or 0xFF per byte
        }
        while index + 16 <= buffer.count {
            let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            // Masks combined as integer vectors: chained mask operators compile to calls.
            let hits = lanes(bytes .== backslash) | lanes(bytes .== open) | lanes(bytes .== close)
                | lanes(bytes .== dollar) | lanes(bytes .== star) | lanes(bytes .== backtick) | lanes(bytes .== apostrophe)
            if hits[0] | hits[1] != 0 {
                return index + (hits[0] != 0 ? hits[0].trailingZeroBitCount : 64 + hits[1].trailingZeroBitCount) / 8
            }
            index += 16
        }
        while index < buffer.count {
            switch buffer[index] {
            case 0x5C, 0x7B, 0x7D, 0x24, 0x2A, 0x60: return index
            case 0x27 where includingApostrophe: return index
            default: index += 1
            }
        }
        return index
    }
}

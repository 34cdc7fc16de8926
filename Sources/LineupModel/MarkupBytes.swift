/// Finding the bytes MarkupText acts on (`\ { } $ * `` ` `` and, inside the converter, `'`)
/// eight at a time: every abstract of a schedule is scanned, so this is the hot loop.
enum MarkupBytes {
    /// The index of the first markup byte at or after `start`, or `buffer.count` when none.
    static func firstSpecial(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, includingApostrophe: Bool) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        let raw = UnsafeRawPointer(base)
        var index = start
        let apostrophe: UInt64 = includingApostrophe ? 0x2727_2727_2727_2727 : 0x5C5C_5C5C_5C5C_5C5C
        while index + 8 <= buffer.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if has(word, 0x5C5C_5C5C_5C5C_5C5C) || has(word, 0x7B7B_7B7B_7B7B_7B7B)
                || has(word, 0x7D7D_7D7D_7D7D_7D7D) || has(word, 0x2424_2424_2424_2424)
                || has(word, 0x2A2A_2A2A_2A2A_2A2A) || has(word, 0x6060_6060_6060_6060) || has(word, apostrophe) {
                break
            }
            index += 8
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

    /// True when some byte of `word` equals the byte repeated in `pattern` (SWAR zero test).
    @inline(__always)
    private static func has(_ word: UInt64, _ pattern: UInt64) -> Bool {
        let x = word ^ pattern
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}

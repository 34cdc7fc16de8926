import Foundation

/// Author lines join names with " · " (a middle dot between spaces).
enum AuthorList {
    /// The names on the line at `range`, trimmed, in order; empty parts are dropped. A middle
    /// dot with no space on either side belongs to a name and does not split it.
    static func names(_ text: PageText, _ range: Range<Int>) -> [String] {
        // Counted first, so the array is made at its final size (grown by doubling it would
        // keep up to twice the room, for every item of the schedule).
        var count = 0
        forEachPart(text.bytes, range) { if !text.trimmed($0).isEmpty { count += 1 } }
        var names: [String] = []
        names.reserveCapacity(count)
        forEachPart(text.bytes, range) { part in
            let trimmed = text.trimmed(part)
            if !trimmed.isEmpty { names.append(text.text(trimmed)) }
        }
        return names
    }

    /// Calls `body` with the range of each part between separators, in order. Candidates are
    /// found with memchr: 0xC2, the middle dot's first byte, is rare in names.
    private static func forEachPart(_ bytes: [UInt8], _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return body(range) }
            var partStart = range.lowerBound
            var index = range.lowerBound
            while index + 1 < range.upperBound,
                  let found = memchr(base + index, 0xC2, range.upperBound - 1 - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[index + 1] == 0xB7,
                   index == range.lowerBound || buffer[index - 1] == 0x20,
                   index + 2 == range.upperBound || buffer[index + 2] == 0x20 {
                    body(partStart..<index)
                    index += 2
                    partStart = index
                } else {
                    index += 1
                }
            }
            body(partStart..<range.upperBound)
        }
    }

    /// True when the line holds a name separator, the surest sign of an author line.
    static func hasSeparator(_ text: PageText, _ range: Range<Int>) -> Bool {
        let bytes = text.bytes
        var index = range.lowerBound + 1
        while index + 2 < range.upperBound {
            if bytes[index] == 0xC2, bytes[index + 1] == 0xB7, bytes[index - 1] == 0x20, bytes[index + 2] == 0x20 {
                return true
            }
            index += 1
        }
        return false
    }
}

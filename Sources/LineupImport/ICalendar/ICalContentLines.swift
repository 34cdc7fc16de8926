/// The logical lines of an iCalendar stream (RFC 5545 3.1): physical lines joined where a
/// line break (CRLF, or a bare LF as many files use) is followed by one space or tab, which is
/// dropped with the break. Unfolding works on bytes, before any UTF-8 decoding, so a
/// multi-byte character split across a fold comes out whole.
///
/// Complexity: one pass over the bytes; a line with no fold is handed out as a slice of the
/// input with no copy, a folded one is joined in a scratch buffer that is reused.
enum ICalContentLines {
    /// Calls `body` with each non-empty logical line (without its line break) and the 1-based
    /// physical line it starts on.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        forEach(in: bytes, whileTrue: { line, number in
            body(line, number)
            return true
        })
    }

    /// As `forEach(in:_:)`, stopping after the first line for which `body` returns false.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, whileTrue body: (UnsafeBufferPointer<UInt8>, Int) -> Bool) {
        var scratch: [UInt8] = []
        var position = 0
        var lineNumber = 1
        let count = bytes.count
        while position < count {
            let startLine = lineNumber
            var segmentStart = position
            var folded = false
            scratch.removeAll(keepingCapacity: true)
            var lineEnd = count
            var next = count
            while true {
                let breakAt = Self.lineBreak(in: bytes, from: segmentStart)
                let contentEnd = breakAt > segmentStart && bytes[breakAt - 1] == UInt8(ascii: "\r")
                    ? breakAt - 1 : breakAt
                if breakAt >= count {
                    lineEnd = contentEnd
                    next = count
                    if folded { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<contentEnd])) }
                    break
                }
                lineNumber += 1
                let following = breakAt + 1
                if following < count, bytes[following] == UInt8(ascii: " ") || bytes[following] == UInt8(ascii: "\t") {
                    folded = true
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<contentEnd]))
                    segmentStart = following + 1
                    continue
                }
                lineEnd = contentEnd
                next = following
                if folded { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<contentEnd])) }
                break
            }
            if folded {
                if !scratch.isEmpty, !scratch.withUnsafeBufferPointer({ body($0, startLine) }) { return }
            } else if lineEnd > segmentStart {
                if !body(UnsafeBufferPointer(rebasing: bytes[segmentStart..<lineEnd]), startLine) { return }
            }
            position = next
        }
    }

    /// The index of the next LF at or after `start`, or `bytes.count` when there is none.
    @inline(__always)
    private static func lineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

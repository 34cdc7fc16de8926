/// The logical lines of an iCalendar stream (RFC 5545 3.1): physical lines joined where a
/// line break (CRLF, or a bare LF as many files use) is followed by one space or tab, which is
/// dropped with the break. Unfolding works on bytes, before any UTF-8 decoding, so a
/// multi-byte character split across a fold comes out whole.
///
/// The bytes come from a `ByteSource` in pieces, into a window: the logical lines that are
/// complete in the window are handed out (a line is complete when the byte after its line
/// break is in the window and is no space or tab, or at the end of the file); the rest (the
/// start of a line not yet complete) moves to the front of the window and the next piece is
/// appended. So a piece boundary anywhere (inside a fold, a CRLF, a UTF-8 character) changes
/// nothing, and line numbers count every physical line from the start of the file.
///
/// Complexity: one pass over the bytes, plus the rescanning of a line not yet complete. A
/// line longer than the window makes the next read as large as the window, so the window
/// doubles and a line of n bytes is scanned O(n) times in all, not once per piece. Memory: the
/// window, about one piece, or twice the longest logical line when that is longer. A line with
/// no fold is handed out as a slice of the window with no copy; a folded one is joined in a
/// scratch buffer that is reused.
enum ICalContentLines {
    /// Calls `body` with each non-empty logical line (without its line break) and the 1-based
    /// physical line it starts on.
    static func forEach(in source: ByteSource, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        forEach(in: source, whileTrue: { line, number in
            body(line, number)
            return true
        })
    }

    /// As `forEach(in:_:)`, stopping after the first line for which `body` returns false.
    /// Reads the source from its current position (a new pass: rewind it first).
    static func forEach(in source: ByteSource, whileTrue body: (UnsafeBufferPointer<UInt8>, Int) -> Bool) {
        var window: [UInt8] = []
        var scratch: [UInt8] = []
        var lineNumber = 1
        var isLast = !source.append(to: &window)
        while true {
            let (consumed, stopped) = window.withUnsafeBufferPointer { buffer in
                forEachComplete(in: buffer, isLast: isLast, lineNumber: &lineNumber, scratch: &scratch, body)
            }
            if stopped || isLast { return }
            let pending = window.count - consumed
            window.removeFirst(consumed)
            // A line as long as the window so far: read as much again, so the window doubles.
            isLast = !source.append(to: &window, minimum: pending)
        }
    }

    /// Hands out the logical lines of `bytes` known to be complete; returns where the first one
    /// not known to be complete starts (`bytes.count` when there is none) and whether `body`
    /// stopped. `lineNumber` is the physical line `bytes` starts on, and comes back as the one
    /// the returned offset starts on. With `isLast`, the end of `bytes` ends the last line.
    private static func forEachComplete(
        in bytes: UnsafeBufferPointer<UInt8>, isLast: Bool, lineNumber: inout Int, scratch: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> (consumed: Int, stopped: Bool) {
        var position = 0
        let count = bytes.count
        while position < count {
            let startLine = lineNumber
            var segmentStart = position
            var folded = false
            if !scratch.isEmpty { scratch.removeAll(keepingCapacity: true) }
            var lineEnd = count
            var next = count
            while true {
                let breakAt = Self.lineBreak(in: bytes, from: segmentStart)
                // Without its break (or the byte after it) the line may go on in the next piece.
                if !isLast, breakAt + 1 >= count {
                    lineNumber = startLine
                    return (position, false)
                }
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
                if !scratch.isEmpty, !scratch.withUnsafeBufferPointer({ body($0, startLine) }) { return (next, true) }
            } else if lineEnd > segmentStart {
                if !body(UnsafeBufferPointer(rebasing: bytes[segmentStart..<lineEnd]), startLine) { return (next, true) }
            }
            position = next
        }
        return (count, false)
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

/// A file's bytes, checked to be text and split into lines: what every parser reads.
///
/// Invariants: `bytes` is valid UTF-8 with no NUL byte (a leading byte-order mark is skipped,
/// not removed: `lines` start after it); no line is longer than the limit it was checked
/// against; `lines` are the byte ranges of the lines without their terminators (LF, CRLF or a
/// lone CR). Building one is a single O(n) pass with a sixteen-bytes-at-a-time ASCII fast path.
public struct PageText: Sendable {
    /// The path as the user gave it, for diagnostics.
    public let file: String
    public let bytes: [UInt8]
    public let lines: [Range<Int>]

    /// Lines longer than this (1 MiB) make the file unreadable: no page has them, and they
    /// are the mark of minified or binary data.
    public static let defaultLineLimit = 1 << 20

    /// Checks `bytes` and splits them into lines. Throws `.empty` for a file with nothing but
    /// white space, `.binary` for one holding NUL bytes, `.invalidUTF8` and `.lineTooLong`
    /// with the 1-based line where the problem is.
    public init(bytes: [UInt8], file: String, lineLimit: Int = defaultLineLimit) throws(ImportError) {
        let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[bodyStart...].contains(where: { !Self.isSpaceOrBreak($0) }) else {
            throw ImportError(file: file, .empty)
        }
        let scan = bytes.withUnsafeBufferPointer { Self.scan($0, from: bodyStart, lineLimit: lineLimit) }
        switch scan {
        case .lines(let lines):
            self.file = file
            self.bytes = bytes
            self.lines = lines
        case .failure(let reason, let line):
            // Binary is a property of the whole file, so it names no line; a file that is
            // invalid UTF-8 or has an endless line and also holds a NUL byte is binary too.
            if reason == .binary || bytes.contains(0) {
                throw ImportError(file: file, .binary)
            }
            throw ImportError(file: file, line: line, reason)
        }
    }

    /// Text already in memory (tests, generated pages).
    public init(_ text: String, file: String, lineLimit: Int = defaultLineLimit) throws(ImportError) {
        try self.init(bytes: Array(text.utf8), file: file, lineLimit: lineLimit)
    }

    // MARK: Reading lines

    /// The line's text as written, without its terminator.
    public func text(ofLine index: Int) -> String { text(lines[index]) }

    public func text(_ range: Range<Int>) -> String {
        // Through a buffer pointer rather than an array slice, which retains the page's bytes.
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// `range` without leading and trailing spaces, tabs and no-break spaces.
    public func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper {
            if Self.isSpace(bytes[lower]) { lower += 1 } else if isNoBreakSpace(at: lower) { lower += 2 } else { break }
        }
        while upper > lower {
            if Self.isSpace(bytes[upper - 1]) { upper -= 1 } else if upper - 2 >= lower, isNoBreakSpace(at: upper - 2) { upper -= 2 } else { break }
        }
        return lower..<upper
    }

    public func trimmedLine(_ index: Int) -> Range<Int> { trimmed(lines[index]) }

    public func isBlank(_ index: Int) -> Bool { trimmedLine(index).isEmpty }

    /// The trimmed text of a line.
    public func trimmedText(ofLine index: Int) -> String { text(trimmedLine(index)) }

    /// True when the bytes of `range` are exactly `literal`'s.
    public func bytes(_ range: Range<Int>, equal literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { bytes[range].elementsEqual($0) }
    }

    /// True when the bytes of `range` begin with `literal`'s.
    public func bytes(_ range: Range<Int>, startWith literal: StaticString) -> Bool {
        guard range.count >= literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { bytes[range].starts(with: $0) }
    }

    private func isNoBreakSpace(at index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    static func isSpaceOrBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    // MARK: The checking pass

    private enum ScanResult {
        case lines([Range<Int>])
        case failure(ImportError.Reason, line: Int)
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, lineLimit: Int) -> ScanResult {
        guard let base = buffer.baseAddress else { return .lines([]) }
        let raw = UnsafeRawPointer(base)
        let count = buffer.count
        var lines: [Range<Int>] = []
        lines.reserveCapacity(count / 64 + 1)
        var index = start
        var lineStart = start

        func endLine(at end: Int) -> Bool {
            lines.append(lineStart..<end)
            return end - lineStart <= lineLimit
        }

        let newline = SIMD16<UInt8>(repeating: 0x0A), carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
        let zero = SIMD16<UInt8>(repeating: 0), ascii = SIMD16<UInt8>(repeating: 0x80)
        @inline(__always) func lanes(_ mask: SIMDMask<SIMD16<Int8>>) -> SIMD2<UInt64> {
            unsafeBitCast(mask, to: SIMD2<UInt64>.self)  // 0x00 or 0xFF per byte
        }
        while index < count {
            // Sixteen bytes at a time up to the next byte that needs a look: a line break, a
            // NUL or a non-ASCII byte (masks combined as integer vectors, which compile inline).
            if index + 16 <= count {
                let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let hits = lanes(bytes .== newline) | lanes(bytes .== carriageReturn) | lanes(bytes .== zero)
                    | lanes(bytes .>= ascii)
                if hits[0] | hits[1] == 0 {
                    index += 16
                    continue
                }
                index += (hits[0] != 0 ? hits[0].trailingZeroBitCount : 64 + hits[1].trailingZeroBitCount) / 8
            }
            let byte = buffer[index]
            if byte < 0x80 {
                switch byte {
                case 0x0A:
                    guard endLine(at: index) else { return tooLong(lines, lineLimit) }
                    index += 1
                    lineStart = index
                case 0x0D:
                    guard endLine(at: index) else { return tooLong(lines, lineLimit) }
                    index += 1
                    if index < count && buffer[index] == 0x0A { index += 1 }
                    lineStart = index
                case 0x00:
                    return .failure(.binary, line: lines.count + 1)
                default:
                    index += 1
                }
            } else {
                guard let length = UTF8Sequence.validLength(in: buffer, at: index) else {
                    return .failure(.invalidUTF8(byteOffset: index), line: lines.count + 1)
                }
                index += length
            }
        }
        if lineStart < count {
            guard endLine(at: count) else { return tooLong(lines, lineLimit) }
        }
        return .lines(lines)
    }

    private static func tooLong(_ lines: [Range<Int>], _ limit: Int) -> ScanResult {
        .failure(.lineTooLong(bytes: lines.last?.count ?? 0, limit: limit), line: lines.count)
    }
}

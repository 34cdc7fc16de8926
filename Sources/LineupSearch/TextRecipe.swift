import Foundation

/// A text written as pieces of another text plus a few bytes of its own: how the index keeps
/// an abstract's display form (`MarkupText.plain`) without a second copy of it. Turning
/// `\textit{Rexvopi} converges` into `Rexvopi converges` drops a few bytes and keeps the
/// rest in order, so the recipe is a handful of "skip s, copy n" steps over the abstract as
/// written, with the odd inserted byte (a typographic quote, a Greek letter) given literally:
/// tens of bytes instead of a kilobyte.
///
/// Encoding, step after step: a LEB128 header h; h even: skip the varint that follows in the
/// source, then copy h / 2 bytes of it; h odd: the next (h - 1) / 2 bytes are literal.
/// A recipe starts with the result's length as a varint.
enum TextRecipe {
    /// Bytes of source searched ahead for the place where the result continues.
    static let lookahead = 256
    /// A resumed copy must match at least this many bytes (or the rest of the result).
    static let minimumMatch = 8

    /// A recipe that makes `result` from `source`, or nil when it would not be much smaller
    /// than `result` itself. The recipe always makes exactly `result` (copies are checked
    /// byte for byte; anything else is literal).
    static func make(_ result: UnsafeBufferPointer<UInt8>, from source: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var recipe: [UInt8] = []
        appendVarint(result.count, to: &recipe)
        var i = 0, j = 0  // read positions in source and result
        var skip = 0
        var literalStart = 0, literalCount = 0
        func flushLiteral() {
            guard literalCount > 0 else { return }
            appendVarint(literalCount * 2 + 1, to: &recipe)
            recipe.append(contentsOf: result[literalStart..<literalStart + literalCount])
            literalCount = 0
        }
        while j < result.count {
            if i < source.count, source[i] == result[j] {
                let length = commonPrefix(source, i, result, j)
                flushLiteral()
                appendVarint(length * 2, to: &recipe)
                appendVarint(skip, to: &recipe)
                skip = 0
                i += length
                j += length
            } else if let ahead = resumption(of: result, at: j, in: source, from: i) {
                skip += ahead
                i += ahead
            } else {
                if literalCount == 0 { literalStart = j }
                literalCount += 1
                j += 1
            }
            if recipe.count * 2 > result.count { return nil }
        }
        flushLiteral()
        return recipe.count * 2 > result.count ? nil : recipe
    }

    /// The length of the common prefix of `a[i...]` and `b[j...]`, eight bytes at a time.
    private static func commonPrefix(_ a: UnsafeBufferPointer<UInt8>, _ i: Int,
                                     _ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int {
        let limit = min(a.count - i, b.count - j)
        var length = 0
        if let baseA = a.baseAddress, let baseB = b.baseAddress {
            let rawA = UnsafeRawPointer(baseA + i), rawB = UnsafeRawPointer(baseB + j)
            while length + 8 <= limit {
                let x = rawA.loadUnaligned(fromByteOffset: length, as: UInt64.self)
                    ^ rawB.loadUnaligned(fromByteOffset: length, as: UInt64.self)
                if x != 0 { return length + x.trailingZeroBitCount / 8 }
                length += 8
            }
        }
        while length < limit, a[i + length] == b[j + length] { length += 1 }
        return length
    }

    /// The distance past `from` in `source` at which `result[at...]` continues for at least
    /// `minimumMatch` bytes (or to its end), looking `lookahead` bytes ahead.
    private static func resumption(of result: UnsafeBufferPointer<UInt8>, at j: Int,
                                   in source: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        let needed = min(minimumMatch, result.count - j)
        let end = min(source.count - needed, i + lookahead)  // last distance + i that fits
        guard let base = source.baseAddress, i + 1 <= end else { return nil }
        var start = i + 1
        while start <= end {
            // Candidates are where the first byte recurs: memchr finds them quickly.
            guard let found = memchr(base + start, Int32(result[j]), end - start + 1) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if commonPrefix(source, position, result, j) >= needed { return position - i }
            start = position + 1
        }
        return nil
    }

    /// The length of the text `recipe` makes.
    static func resultLength(_ recipe: UnsafeBufferPointer<UInt8>) -> Int {
        var position = 0
        return readVarint(recipe, &position)
    }

    /// Writes the text `recipe` makes from `source` into `output` (of `resultLength` bytes).
    static func apply(_ recipe: UnsafeBufferPointer<UInt8>, to source: UnsafeBufferPointer<UInt8>,
                      into output: UnsafeMutableBufferPointer<UInt8>) {
        var position = 0
        let total = readVarint(recipe, &position)
        var i = 0, j = 0
        while j < total, position < recipe.count {
            let header = readVarint(recipe, &position)
            let count = header / 2
            guard let out = output.baseAddress else { return }
            if header & 1 == 0 {
                i += readVarint(recipe, &position)
                if count > 0, let from = source.baseAddress { (out + j).update(from: from + i, count: count) }
                i += count
            } else {
                if count > 0, let from = recipe.baseAddress { (out + j).update(from: from + position, count: count) }
                position += count
            }
            j += count
        }
    }

    /// Writes bytes `range` of the text `recipe` makes from `source` into `output` (of
    /// `range.count` bytes), reading only the steps and source bytes that reach into it.
    /// `range` must lie within the text (`resultLength`).
    static func apply(_ recipe: UnsafeBufferPointer<UInt8>, to source: UnsafeBufferPointer<UInt8>,
                      range: Range<Int>, into output: UnsafeMutableBufferPointer<UInt8>) {
        var position = 0
        let total = min(readVarint(recipe, &position), range.upperBound)
        var i = 0, j = 0
        while j < total, position < recipe.count {
            let header = readVarint(recipe, &position)
            let count = header / 2
            let from: UnsafePointer<UInt8>?
            if header & 1 == 0 {
                i += readVarint(recipe, &position)
                from = source.baseAddress.map { $0 + i }
                i += count
            } else {
                from = recipe.baseAddress.map { $0 + position }
                position += count
            }
            let low = max(j, range.lowerBound), high = min(j + count, range.upperBound)
            if low < high, let from, let out = output.baseAddress {
                (out + (low - range.lowerBound)).update(from: from + (low - j), count: high - low)
            }
            j += count
        }
    }

    private static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
        var value = UInt(value)
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int {
        var value = 0, shift = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }
}

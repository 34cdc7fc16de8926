/// A JSON value with the line it starts on, so that readers of JSON schedule formats
/// (Sessionize, MiniConf) can name the line of what they warn about. Objects keep their keys
/// in file order (the order is the schedule's order in keyed collections).
///
/// Read by `JSONTreeReader`, which also takes the non-strict JSON real exports contain (bare
/// `NaN`, `Infinity`, `-Infinity`, as Python writes them) and reports it.
struct JSONNode: Sendable {
    /// Not `indirect`: arrays and objects already hold their nodes out of line, and a string
    /// or number kept inline costs no allocation of its own (most nodes are strings).
    enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([(key: String, value: JSONNode)])
    }

    /// 1-based line of the value's first byte.
    var line: Int
    var value: Value

    /// The member `key` of an object (the first one when a key repeats); nil otherwise.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    var members: [(key: String, value: JSONNode)]? {
        if case .object(let members) = value { return members }
        return nil
    }

    var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// A string value; nil for anything else (including null).
    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// A non-empty string after trimming, else nil.
    var text: String? {
        guard let trimmed = string?.trimmingSpaces, !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Ids come as strings or as numbers: both as text ("1252943"), nil otherwise.
    var idText: String? {
        switch value {
        case .string(let text): return text.isEmpty ? nil : text
        case .number(let number):
            guard number.isFinite else { return nil }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        default: return nil
        }
    }

    var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    /// Strings of an array of strings (other elements skipped); a single string as one; [] else.
    var strings: [String] {
        switch value {
        case .array(let elements): return elements.compactMap(\.text)
        case .string: return text.map { [$0] } ?? []
        default: return []
        }
    }
}

/// Why a JSON text could not be read, with the line of the problem.
struct JSONTreeError: Error, Sendable {
    var line: Int
    var message: String
}

/// A recursive-descent JSON reader over bytes (RFC 8259) that records lines, limits nesting
/// and accepts Python's bare non-numbers with a note. Complexity: one pass; nesting deeper than
/// `maximumDepth` is an error, never a stack overflow.
///
/// `read` makes the whole tree. Readers of one large shape (frab JSON) walk the outer levels
/// themselves with `skipSpace`, `take`, `key` and `value(depth:)`, which read by the same rules,
/// and may read from a `ByteSource` in pieces: `bytes` is then a window that grows by a piece
/// whenever a read needs a byte past its end (indices stay valid, so a value may span any
/// number of pieces), and that such a reader empties with `discardRead()` between values.
struct JSONTreeReader {
    static let maximumDepth = 512

    /// The text, or with a source the part of it read and not yet discarded.
    private(set) var bytes: [UInt8]
    /// Where the rest of the text comes from; nil when `bytes` is the whole text.
    private let source: ByteSource?
    private(set) var position = 0
    /// The 1-based line of `position`.
    private(set) var line = 1
    /// Lines where a bare `NaN`, `Infinity` or `-Infinity` was read.
    private(set) var nonFiniteLines: [Int] = []

    /// A reader at the start of `bytes`, after a UTF-8 byte-order mark.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        source = nil
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// A reader of `source` from its start (a new pass), after a UTF-8 byte-order mark.
    init(_ source: ByteSource) {
        self.source = source
        source.rewind()
        bytes = []
        while bytes.count < 3, source.append(to: &bytes) {}
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// True when there is a byte at `index`, reading on from the source when it is past the
    /// window (which may move the window's storage, never its indices).
    @inline(__always)
    private mutating func has(_ index: Int) -> Bool {
        index < bytes.count || readOn(through: index)
    }

    @inline(never)
    private mutating func readOn(through index: Int) -> Bool {
        guard let source else { return false }
        while index >= bytes.count {
            guard source.append(to: &bytes) else { return false }
        }
        return true
    }

    /// With a source, drops the bytes before `position` once a piece's worth has been read, so
    /// the window stays about a piece long. Call it only between values (it moves indices).
    mutating func discardRead() {
        guard let source, position >= source.pieceSize else { return }
        bytes.removeFirst(position)
        position = 0
    }

    /// The document's value, and the lines holding non-standard numbers.
    static func read(_ bytes: [UInt8]) throws(JSONTreeError) -> (root: JSONNode, nonFiniteLines: [Int]) {
        var reader = JSONTreeReader(bytes)
        reader.skipSpace()
        let root = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return (root, reader.nonFiniteLines)
    }

    func error(_ message: String) -> JSONTreeError { JSONTreeError(line: line, message: message) }

    /// True when every byte has been read.
    var atEnd: Bool {
        mutating get { !has(position) }
    }

    /// The next byte, nil at the end.
    var next: UInt8? {
        mutating get { has(position) ? bytes[position] : nil }
    }

    /// Reads `byte` when it is next; false (nothing read) otherwise.
    mutating func take(_ byte: UInt8) -> Bool {
        guard has(position), bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// An object's key and the ":" after it (white space around skipped), as `value` reads
    /// one inside an object.
    mutating func key() throws(JSONTreeError) -> String {
        skipSpace()
        guard has(position), bytes[position] == UInt8(ascii: "\"") else {
            throw error("expected a quoted key in an object")
        }
        let key = try string()
        skipSpace()
        guard take(UInt8(ascii: ":")) else { throw error("expected \":\" after a key") }
        skipSpace()
        return key
    }

    mutating func skipSpace() {
        while has(position) {
            switch bytes[position] {
            case 0x0A: line += 1
            case 0x20, 0x09, 0x0D: break
            default: return
            }
            position += 1
        }
    }

    /// The value at `position` (white space before it already skipped), `depth` levels down.
    mutating func value(depth: Int) throws(JSONTreeError) -> JSONNode {
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        guard has(position) else { throw error("the JSON text ends early") }
        let startLine = line
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(key: String, value: JSONNode)] = []
            skipSpace()
            if has(position), bytes[position] == UInt8(ascii: "}") {
                position += 1
                return JSONNode(line: startLine, value: .object(members))
            }
            while true {
                let key = try key()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard has(position) else { throw error("the JSON text ends inside an object") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; break }
                throw error("expected \",\" or \"}\" in an object")
            }
            return JSONNode(line: startLine, value: .object(members))
        case UInt8(ascii: "["):
            position += 1
            var elements: [JSONNode] = []
            skipSpace()
            if has(position), bytes[position] == UInt8(ascii: "]") {
                position += 1
                return JSONNode(line: startLine, value: .array(elements))
            }
            while true {
                skipSpace()
                elements.append(try value(depth: depth + 1))
                skipSpace()
                guard has(position) else { throw error("the JSON text ends inside an array") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; break }
                throw error("expected \",\" or \"]\" in an array")
            }
            return JSONNode(line: startLine, value: .array(elements))
        case UInt8(ascii: "\""):
            return JSONNode(line: startLine, value: .string(try string()))
        case UInt8(ascii: "t"):
            try literal("true")
            return JSONNode(line: startLine, value: .bool(true))
        case UInt8(ascii: "f"):
            try literal("false")
            return JSONNode(line: startLine, value: .bool(false))
        case UInt8(ascii: "n"):
            try literal("null")
            return JSONNode(line: startLine, value: .null)
        case UInt8(ascii: "N"):
            try literal("NaN")
            nonFiniteLines.append(startLine)
            return JSONNode(line: startLine, value: .number(.nan))
        case UInt8(ascii: "I"):
            try literal("Infinity")
            nonFiniteLines.append(startLine)
            return JSONNode(line: startLine, value: .number(.infinity))
        default:
            return JSONNode(line: startLine, value: .number(try number()))
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONTreeError) {
        let count = word.utf8CodeUnitCount
        guard has(position + count - 1) else { throw error("unexpected text") }
        let matches = word.withUTF8Buffer { expected in
            bytes[position..<(position + count)].elementsEqual(expected)
        }
        guard matches else { throw error("unexpected text") }
        position += count
    }

    private mutating func number() throws(JSONTreeError) -> Double {
        let start = position
        if has(position), bytes[position] == UInt8(ascii: "-") {
            position += 1
            if has(position), bytes[position] == UInt8(ascii: "I") {
                try literal("Infinity")
                nonFiniteLines.append(line)
                return -.infinity
            }
        }
        while has(position), Self.isNumberByte(bytes[position]) { position += 1 }
        guard position > start, position - start < 400,
              let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw error("expected a JSON value")
        }
        return value
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
             UInt8(ascii: "+"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    /// A string starting at the opening quote; escapes resolved (`\uXXXX` with surrogate
    /// pairs; a lone surrogate becomes U+FFFD). Raw line breaks inside are counted.
    private mutating func string() throws(JSONTreeError) -> String {
        position += 1
        let start = position
        // Most strings have no escape: made straight from the bytes, with no buffer between
        // (scanned through a pointer: no bounds check per byte), the window read on as needed.
        var plain = (end: start, lines: 0, closed: false)
        while true {
            let scanned = bytes.withUnsafeBufferPointer { buffer -> (end: Int, lines: Int, closed: Bool, escape: Bool) in
                var index = plain.end, lines = 0
                guard let base = buffer.baseAddress else { return (index, 0, false, false) }
                while index < buffer.count {
                    // Eight bytes at a time, straight to the first that is `"`, `\` or LF.
                    while index + 8 <= buffer.count {
                        let found = Self.quoteBackslashOrLineFeed(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                        if found == 0 {
                            index += 8
                        } else {
                            index += found.trailingZeroBitCount >> 3
                            break
                        }
                    }
                    guard index < buffer.count else { break }
                    let byte = buffer[index]
                    if byte == UInt8(ascii: "\"") { return (index, lines, true, false) }
                    if byte == UInt8(ascii: "\\") { return (index, lines, false, true) }
                    if byte == 0x0A { lines += 1 }
                    index += 1
                }
                return (index, lines, false, false)
            }
            plain = (scanned.end, plain.lines + scanned.lines, scanned.closed)
            if scanned.closed || scanned.escape || !has(scanned.end) { break }
        }
        position = plain.end
        line += plain.lines
        if plain.closed {
            position += 1
            return bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<plain.end]), as: UTF8.self)
            }
        }
        var result: [UInt8] = []
        var runStart = start
        while has(position) {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                result.append(contentsOf: bytes[runStart..<position])
                position += 1
                return String(decoding: result, as: UTF8.self)
            }
            if byte == 0x0A { line += 1 }
            if byte != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            result.append(contentsOf: bytes[runStart..<position])
            position += 1
            guard has(position) else { break }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar), has(position + 1),
                   bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    let saved = position
                    position += 2
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = saved
                    }
                }
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                result.append(contentsOf: Array(String(Character(character)).utf8))
            default:
                throw error("unknown escape \"\\\(Character(Unicode.Scalar(escape)))\" in a string")
            }
            runStart = position
        }
        throw error("a string is not closed before the end of the file")
    }

    /// For the eight bytes of `word` (loaded little-endian), the high bit of each that is `"`,
    /// `\` or LF, zero when none is: a zero byte of the word XORed with each, found with the
    /// usual carry trick. Bits can be wrong only above a true match, so the lowest set bit marks
    /// the first such byte exactly.
    @inline(__always)
    private static func quoteBackslashOrLineFeed(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ 0x2222_2222_2222_2222, backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C, breaks = word ^ 0x0A0A_0A0A_0A0A_0A0A
        return ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | (breaks &- ones) & ~breaks) & highs
    }

    private mutating func hex4() throws(JSONTreeError) -> UInt32 {
        guard has(position + 3) else { throw error("a \\u escape is cut short") }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
        }
        position += 4
        return value
    }
}

/// Finds a document type declaration in an XML prolog, so that it can be blanked out before
/// parsing: schedules never need one, and its internal subset is where entity bombs and
/// external entities live.
enum XMLDoctype {
    /// The byte range of `<!DOCTYPE ...>` (with its internal subset, quoted texts honoured)
    /// and its 1-based line; nil when the prolog has none. Only the prolog is scanned: the
    /// search stops at the first element. An unterminated declaration runs to the end.
    static func find(in bytes: [UInt8]) -> (range: Range<Int>, line: Int)? {
        if case .doctype(let range, let line) = scan(bytes) { return (range, line) }
        return nil
    }

    /// What the prolog of a file's first bytes shows.
    enum Prolog: Equatable {
        /// A DOCTYPE ending (or not ending: it runs to the end) at `range`'s upper bound.
        case doctype(range: Range<Int>, line: Int)
        /// An element starts before any DOCTYPE: the file has none.
        case none
        /// The bytes end inside the prolog: only more of the file can tell.
        case undecided
    }

    /// As `find`, telling apart a prolog without DOCTYPE from bytes that end before it does.
    static func scan(_ bytes: [UInt8]) -> Prolog {
        var index = 0
        var line = 1
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if starts(bytes, at: index, with: "<?") {
                index = skip(bytes, from: index + 2, past: "?>", line: &line)
            } else if starts(bytes, at: index, with: "<!--") {
                index = skip(bytes, from: index + 4, past: "-->", line: &line)
            } else if starts(bytes, at: index, with: "<!DOCTYPE") || starts(bytes, at: index, with: "<!doctype") {
                return .doctype(range: index..<declarationEnd(bytes, from: index + 9), line: line)
            } else if index + 9 >= count {
                return .undecided  // perhaps a "<!DOCTYPE" cut short
            } else {
                return .none
            }
        }
        return .undecided
    }

    /// The index after the `>` closing a declaration that starts before `start`.
    private static func declarationEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var bracketDepth = 0
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["): bracketDepth += 1
            case UInt8(ascii: "]"): bracketDepth = max(bracketDepth - 1, 0)
            case UInt8(ascii: ">") where bracketDepth == 0: return index
            default: break
            }
        }
        return bytes.count
    }

    private static func skip(_ bytes: [UInt8], from start: Int, past terminator: StaticString, line: inout Int) -> Int {
        var index = start
        while index < bytes.count {
            if starts(bytes, at: index, with: terminator) { return index + terminator.utf8CodeUnitCount }
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        return bytes.count
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return text.withUTF8Buffer { pattern in
            for offset in 0..<length where bytes[index + offset] != pattern[offset] { return false }
            return true
        }
    }
}

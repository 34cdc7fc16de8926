/// Where each key and value of a TOML document sits, found from the text, because TOMLKit
/// gives positions for syntax errors only. The document is parsed by TOMLKit first, so this
/// scanner can assume valid TOML; on anything it does not follow it stops, and a later look-up
/// gets nil (the caller then names the key without a position).
///
/// Paths are the keys from the root as TOMLKit nests them: `[keys]` then `"agenda.back" = …`
/// is `["keys", "agenda.back"]`, `[keys.agenda]` then `back = …` is `["keys", "agenda", "back"]`.
struct TOMLPositions {
    struct Entry {
        /// The first character of the key (its last part for a dotted key).
        var key: SourcePosition
        /// The first character of the value.
        var value: SourcePosition
        /// The first character of each element when the value is an array.
        var elements: [SourcePosition]
    }

    private(set) var entries: [[String]: Entry] = [:]

    init(_ text: String) {
        var scanner = Scanner(Array(text))
        scanner.document(into: &self)
    }

    func entry(_ path: [String]) -> Entry? { entries[path] }

    fileprivate mutating func record(_ path: [String], _ entry: Entry) {
        if entries[path] == nil { entries[path] = entry }
    }

    private struct Scanner {
        let characters: [Character]
        var index = 0
        var line = 1
        var column = 1

        init(_ characters: [Character]) {
            self.characters = characters
        }

        var position: SourcePosition { SourcePosition(line: line, column: column) }
        var current: Character? { index < characters.count ? characters[index] : nil }

        func peek(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }

        mutating func advance() {
            guard let character = current else { return }
            index += 1
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }

        /// Spaces and tabs; with `newlines`, line breaks and comments too.
        mutating func skipBlank(newlines: Bool) {
            while let character = current {
                if character == " " || character == "\t" {
                    advance()
                } else if character == "#" {
                    while let c = current, c != "\n", c != "\r\n" { advance() }
                } else if newlines, character == "\n" || character == "\r\n" || character == "\r" {
                    advance()
                } else {
                    return
                }
            }
        }

        mutating func document(into positions: inout TOMLPositions) {
            var table: [String] = []
            while true {
                skipBlank(newlines: true)
                guard let character = current else { return }
                if character == "[" {
                    advance()
                    if current == "[" { advance() }
                    skipBlank(newlines: false)
                    guard let (path, _) = keyPath() else { return }
                    table = path
                    while let c = current, c != "\n", c != "\r\n" { advance() }
                } else {
                    guard keyValue(under: table, into: &positions) else { return }
                }
            }
        }

        /// `key = value`; false when the text is not what was expected.
        mutating func keyValue(under table: [String], into positions: inout TOMLPositions) -> Bool {
            guard let (path, keyStart) = keyPath(), current == "=" else { return false }
            advance()
            skipBlank(newlines: false)
            return value(at: table + path, key: keyStart, into: &positions)
        }

        /// A dotted key; returns its parts and where its last part starts.
        mutating func keyPath() -> ([String], SourcePosition)? {
            var parts: [String] = []
            var lastStart = position
            while true {
                skipBlank(newlines: false)
                lastStart = position
                guard let part = keyPart() else { return nil }
                parts.append(part)
                skipBlank(newlines: false)
                if current == "." {
                    advance()
                } else {
                    return (parts, lastStart)
                }
            }
        }

        mutating func keyPart() -> String? {
            if current == "\"" || current == "'" { return quoted() }
            var part = ""
            while let c = current, c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "-" {
                part.append(c)
                advance()
            }
            return part.isEmpty ? nil : part
        }

        /// A basic or literal string, one line or three-quoted; returns its text with the basic
        /// escapes decoded.
        mutating func quoted() -> String? {
            guard let quote = current else { return nil }
            let triple = peek(1) == quote && peek(2) == quote
            for _ in 0..<(triple ? 3 : 1) { advance() }
            var text = ""
            while let c = current {
                if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                    for _ in 0..<(triple ? 3 : 1) { advance() }
                    while triple, current == quote { text.append(quote); advance() }
                    return text
                }
                if c == "\\" && quote == "\"" {
                    advance()
                    guard let escaped = current else { return nil }
                    switch escaped {
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    case "r": text.append("\r")
                    case "b": text.append("\u{8}")
                    case "f": text.append("\u{C}")
                    case "u", "U":
                        let length = escaped == "u" ? 4 : 8
                        var hex = ""
                        for _ in 0..<length { advance(); if let h = current { hex.append(h) } }
                        if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
                    case "\n", "\r\n", " ", "\t":
                        skipBlank(newlines: true)
                        continue
                    default: text.append(escaped)
                    }
                    advance()
                    continue
                }
                text.append(c)
                advance()
            }
            return nil
        }

        mutating func value(at path: [String], key: SourcePosition, into positions: inout TOMLPositions) -> Bool {
            let start = position
            switch current {
            case "[":
                advance()
                var elements: [SourcePosition] = []
                while true {
                    skipBlank(newlines: true)
                    if current == "]" { advance(); break }
                    let before = index
                    elements.append(position)
                    guard value(at: path + ["\(elements.count - 1)"], key: position, into: &positions) else { return false }
                    skipBlank(newlines: true)
                    if current == "," { advance() }
                    guard index > before else { return false }  // nothing read: not TOML this scanner follows
                }
                positions.record(path, Entry(key: key, value: start, elements: elements))
            case "{":
                advance()
                while true {
                    skipBlank(newlines: false)
                    if current == "}" { advance(); break }
                    guard keyValue(under: path, into: &positions) else { return false }
                    skipBlank(newlines: false)
                    if current == "," { advance() }
                }
                positions.record(path, Entry(key: key, value: start, elements: []))
            case "\"", "'":
                guard quoted() != nil else { return false }
                positions.record(path, Entry(key: key, value: start, elements: []))
            case nil:
                return false
            default:
                while let c = current, !" \t\n\r,]}#".contains(c), c != "\r\n" { advance() }
                positions.record(path, Entry(key: key, value: start, elements: []))
            }
            return true
        }
    }
}

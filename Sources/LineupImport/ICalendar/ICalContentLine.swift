/// One unfolded content line split into its parts (RFC 5545 3.1):
/// `name *(";" param-name "=" param-value *("," param-value)) ":" value`.
/// Parameter values may be quoted (DQUOTE), and a quoted value may hold ":", ";" and ",".
struct ICalContentLine {
    /// The property or component-boundary name in upper case ("DTSTART", "BEGIN", "X-WR-CALNAME").
    var name: String
    /// Parameters in order, names upper-cased, quotes removed; a parameter with several
    /// values keeps them comma-joined as written.
    var parameters: [(name: String, value: String)]
    /// The value as written (still escaped for TEXT values), decoded as UTF-8 (invalid bytes
    /// become U+FFFD).
    var value: String
    /// The 1-based physical line the property starts on.
    var line: Int

    /// The value of parameter `name` (upper case), if present.
    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// Nil when the line has no ":" outside quotes, or no name before it.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        guard let (name, end) = Self.name(of: bytes) else { return nil }
        self.init(bytes, name: name, nameEnd: end, line: line)
    }

    /// The upper-cased name of a content line and where it ends, nil when the line has no
    /// name followed by ";" or ":". Lets a reader skip properties it does not use before
    /// their values are decoded.
    static func name(of bytes: UnsafeBufferPointer<UInt8>) -> (name: String, end: Int)? {
        guard let end = nameEnd(of: bytes) else { return nil }
        return (upperASCII(UnsafeBufferPointer(rebasing: bytes[0..<end])), end)
    }

    /// The rest of the line after a name found by `name(of:)`.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, name: String, nameEnd: Int, line: Int) {
        let colon = UInt8(ascii: ":"), semicolon = UInt8(ascii: ";"), quote = UInt8(ascii: "\"")
        var index = nameEnd
        self.name = name
        parameters = []
        self.line = line
        while index < bytes.count, bytes[index] == semicolon {
            index += 1
            let nameStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "="), bytes[index] != colon,
                  bytes[index] != semicolon { index += 1 }
            let parameterName = Self.upperASCII(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]))
            var parameterValue: [UInt8] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                var quoted = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        quoted.toggle()
                    } else if !quoted && (byte == colon || byte == semicolon) {
                        break
                    } else {
                        parameterValue.append(byte)
                    }
                    index += 1
                }
            }
            parameters.append((parameterName, String(decoding: parameterValue, as: UTF8.self)))
        }
        guard index < bytes.count, bytes[index] == colon else { return nil }
        value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)...]), as: UTF8.self)
    }

    /// Where the name of a content line ends (its first ";" or ":"), nil when the line has no
    /// name followed by one: `name(of:)` without making the name.
    static func nameEnd(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ":"), bytes[index] != UInt8(ascii: ";") { index += 1 }
        return index > 0 && index < bytes.count ? index : nil
    }

    /// The parameters after a name ending at `nameEnd`, read as `init` reads them but without
    /// making strings: where the value starts (after the ":"), and the value of the first
    /// parameter named `wanted` (upper-case ASCII; any case in the line), quotes removed.
    /// Nil when no ":" follows the parameters, as for `init`.
    static func valueStart(of bytes: UnsafeBufferPointer<UInt8>, nameEnd: Int, parameter wanted: StaticString? = nil)
        -> (valueStart: Int, parameter: String?)?
    {
        let colon = UInt8(ascii: ":"), semicolon = UInt8(ascii: ";"), quote = UInt8(ascii: "\""), equals = UInt8(ascii: "=")
        var index = nameEnd
        var found: String?
        while index < bytes.count, bytes[index] == semicolon {
            index += 1
            let nameStart = index
            while index < bytes.count, bytes[index] != equals, bytes[index] != colon, bytes[index] != semicolon { index += 1 }
            let isWanted = found == nil && wanted.map {
                Self.equalsUpperASCII(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), $0)
            } ?? false
            var valueStart = index, sawQuote = false
            if index < bytes.count, bytes[index] == equals {
                index += 1
                valueStart = index
                var quoted = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        quoted.toggle()
                        sawQuote = true
                    } else if !quoted && (byte == colon || byte == semicolon) {
                        break
                    }
                    index += 1
                }
            }
            if isWanted {
                let raw = UnsafeBufferPointer(rebasing: bytes[valueStart..<index])
                found = sawQuote ? String(decoding: raw.filter { $0 != quote }, as: UTF8.self) : String(decoding: raw, as: UTF8.self)
            }
        }
        guard index < bytes.count, bytes[index] == colon else { return nil }
        return (index + 1, found)
    }

    private static func equalsUpperASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ upper: StaticString) -> Bool {
        guard bytes.count == upper.utf8CodeUnitCount else { return false }
        let expected = upper.utf8Start
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let folded = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
            if folded != expected[index] { return false }
        }
        return true
    }

    private static func upperASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) ? byte - 32 : byte
            }
            return bytes.count
        }
    }
}

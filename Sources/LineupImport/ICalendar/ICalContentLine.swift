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
        var index = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ":"), bytes[index] != UInt8(ascii: ";") { index += 1 }
        guard index > 0, index < bytes.count else { return nil }
        return (upperASCII(UnsafeBufferPointer(rebasing: bytes[0..<index])), index)
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

    private static func upperASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) ? byte - 32 : byte
            }
            return bytes.count
        }
    }
}

/// Plain text from the HTML fragments schedules put in descriptions ("<p>…</p>", "<i>die</i>",
/// "&amp;"): tags dropped, block ends and <br> made line breaks, entities decoded. Text
/// without "<" or "&" is returned as it is.
enum HTMLText {
    static func plain(_ html: String) -> String {
        guard html.containsByte(UInt8(ascii: "<")) || html.containsByte(UInt8(ascii: "&")) else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")),
               close > index + 1, Self.isTagStart(bytes[index + 1]) {
                let name = tagName(bytes[(index + 1)..<close])
                if ["br", "p", "/p", "div", "/div", "li", "/ul", "/ol", "tr", "h1", "h2", "h3", "h4", "/h1", "/h2", "/h3", "/h4"].contains(name) {
                    if name == "li" { output.append(contentsOf: Array("\n• ".utf8)) } else if output.last != 0x0A || name == "br" { output.append(0x0A) }
                }
                index = close + 1
                continue
            }
            if byte == UInt8(ascii: "&"), let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")),
               let decoded = entity(bytes[(index + 1)..<semicolon]) {
                output.append(contentsOf: Array(decoded.utf8))
                index = semicolon + 1
                continue
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self).trimmingSpaces
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func tagName(_ inside: ArraySlice<UInt8>) -> String {
        let name = inside.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != 0x0A && $0 != UInt8(ascii: ">") }
        return String(decoding: name, as: UTF8.self).lowercased().replacingSlashEnd
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "auml": "ä", "ouml": "ö", "uuml": "ü",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "eacute": "é", "copy": "©",
    ]

    private static func entity(_ body: ArraySlice<UInt8>) -> String? {
        guard let first = body.first else { return nil }
        if first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if let x = digits.first, x == UInt8(ascii: "x") || x == UInt8(ascii: "X") {
                value = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
            } else {
                value = UInt32(String(decoding: digits, as: UTF8.self))
            }
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return String(Character(scalar))
        }
        return named[String(decoding: body, as: UTF8.self)]
    }
}

private extension String {
    /// "br/" as "br".
    var replacingSlashEnd: String { hasSuffix("/") ? String(dropLast()) : self }
}

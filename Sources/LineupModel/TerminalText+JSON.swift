extension TerminalText {
    /// Makes encoded JSON safe to print on a terminal without changing what it decodes to:
    /// DEL, C1 controls, line and paragraph separators, bidi controls and invisible format
    /// characters become `\uXXXX` escapes (JSON encoders already escape C0 controls). Valid
    /// only on JSON text, where such characters can occur only inside strings.
    /// O(n); JSON with nothing to escape is returned as is.
    public static func escapingJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsJSONEscape) else { return json }
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsJSONEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                output.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0xFEFF, 0x061C, 0x180E:
            return true
        default:
            return false
        }
    }
}

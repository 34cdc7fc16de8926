/// The name of an XML document's root element, read from its first bytes: what tells a frab
/// schedule (`<schedule>`) from other XML. Skips a byte-order mark, white space, the XML
/// declaration, processing instructions, comments and a DOCTYPE; looks at 64 KB at most.
enum XMLRoot {
    static func name(_ bytes: [UInt8]) -> String? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let limit = min(bytes.count, 1 << 16)
        while index < limit {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "<"), index + 1 < limit else { return nil }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                let isComment = index + 3 < limit && bytes[index + 2] == UInt8(ascii: "-") && bytes[index + 3] == UInt8(ascii: "-")
                guard let end = closing(bytes, from: index + 2, limit: limit, comment: isComment) else { return nil }
                index = end
                continue
            }
            var end = index + 1
            while end < limit, !isNameEnd(bytes[end]) { end += 1 }
            guard end > index + 1 else { return nil }
            return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        }
        return nil
    }

    /// The index after the `>` (or `-->`) that ends a declaration, comment or instruction;
    /// brackets of a DOCTYPE's internal subset are skipped whole.
    private static func closing(_ bytes: [UInt8], from start: Int, limit: Int, comment: Bool) -> Int? {
        var index = start
        var depth = 0
        while index < limit {
            let byte = bytes[index]
            if comment {
                if byte == UInt8(ascii: ">"), index >= 2, bytes[index - 1] == UInt8(ascii: "-"), bytes[index - 2] == UInt8(ascii: "-"),
                   index - 2 > start { return index + 1 }
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ">"), depth <= 0 {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}

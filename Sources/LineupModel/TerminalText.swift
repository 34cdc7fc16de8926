/// The one sanitizer every string from data passes before it reaches a terminal, in plain CLI
/// output and in the browser alike.
///
/// Guarantees for the result: no C0 control (U+0000–U+001F), DEL, C1 control (U+0080–U+009F),
/// bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), and no invisible
/// zero-width character except ZWJ/ZWNJ (which emoji sequences and scripts need). So a page
/// can never move the cursor, recolour, clear or retitle the terminal, nor reorder what
/// follows it on the line.
///
/// - Whole escape sequences are dropped: CSI (`ESC [` … final byte), OSC (`ESC ]` … BEL or
///   ST), DCS/SOS/PM/APC (`ESC P`, `ESC X`, `ESC ^`, `ESC _` … ST), their 8-bit C1 forms
///   (U+009B, U+009D, U+0090, U+0098, U+009E, U+009F), and two-character `ESC x` sequences.
///   An unterminated string sequence swallows the rest of the text, as a terminal would.
/// - A lone control becomes its visible Control Pictures placeholder (U+2400 + code, so BEL is
///   "␇", DEL "␡"); a C1 control becomes U+FFFD.
/// - Tab becomes a space; a line break becomes a space unless `keepingNewlines` is set
///   (CRLF and CR count as one break).
/// - Everything else, including CJK, combining marks and emoji, passes unchanged, and text with
///   nothing to clean is returned as is without copying.
///
/// Complexity: O(n) in the text's Unicode scalars.
public enum TerminalText {
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            i += 1
            switch scalar.value {
            case 0x1B:  // ESC: the kind of sequence depends on the next character.
                guard i < scalars.count else { break }
                let introducer = scalars[i]
                switch introducer {
                case "[": i = endOfControlSequence(scalars, from: i + 1)
                case "]", "P", "X", "^", "_": i = endOfControlString(scalars, from: i + 1)
                default:
                    // Two-character sequences (ESC c, ESC 7, ESC ( B…) end here; a control
                    // after ESC is handled on its own.
                    if introducer.value >= 0x20 && introducer.value != 0x7F { i += 1 }
                }
            case 0x9B: i = endOfControlSequence(scalars, from: i)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: i = endOfControlString(scalars, from: i)
            case 0x09: output.append(" ")
            case 0x0D:
                if i < scalars.count && scalars[i] == "\n" { i += 1 }
                output.append(keepingNewlines ? "\n" : " ")
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                output.append(keepingNewlines ? "\n" : " ")
            case 0x00..<0x20:
                output.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                output.append("\u{2421}")
            case 0x80...0x9F:
                output.append("\u{FFFD}")
            case 0x200B, 0x200E, 0x200F, 0x2060...0x2064, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069,
                 0x061C, 0x180E:
                continue  // invisible format characters and bidi controls: dropped
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// True when `sanitize` would change the text; a cheap pre-check for callers that cache.
    public static func isClean(_ text: String, keepingNewlines: Bool = false) -> Bool {
        !text.unicodeScalars.contains { scalar in
            needsCleaning(scalar) && !(keepingNewlines && scalar == "\n")
        }
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x2060...0x2064,
             0xFEFF, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x180E:
            return true
        default:
            return false
        }
    }

    /// CSI: parameter and intermediate bytes up to a final byte in 0x40–0x7E. Returns the
    /// index after the sequence. A printable non-ASCII character also ends it (and is dropped),
    /// so a broken sequence cannot swallow a whole page.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count {
            let value = scalars[i].value
            i += 1
            if (0x40...0x7E).contains(value) || value > 0x9F { return i }
        }
        return i
    }

    /// OSC, DCS, SOS, PM, APC: up to BEL, ST (ESC \\) or the 8-bit ST (U+009C). Returns the
    /// index after the terminator; an ESC that does not start ST ends the string and is kept
    /// for the caller to read.
    private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count {
            switch scalars[i].value {
            case 0x07, 0x9C: return i + 1
            case 0x1B:
                return i + 1 < scalars.count && scalars[i + 1] == "\\" ? i + 2 : i
            default: i += 1
            }
        }
        return i
    }
}

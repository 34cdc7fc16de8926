/// Turning clean text into glyphs and fitting them into columns: cut with an ellipsis, or
/// wrapped at word boundaries. Grapheme clusters are never split, and widths come from
/// `DisplayWidth`. All functions are O(n) in the glyphs handled.
public enum TextLayout {
    /// Drawn in front of a combining mark that has no base character of its own.
    static let dottedCircle: Character = "\u{25CC}"

    public static func glyphs(_ text: TerminalString, _ style: CellStyle = .plain) -> [Glyph] {
        var result: [Glyph] = []
        append(text, style: style, to: &result)
        return result
    }

    static func append(_ text: TerminalString, style: CellStyle, to result: inout [Glyph]) {
        result.reserveCapacity(result.count + text.value.utf8.count)
        for character in text.value {
            if character.isASCII {
                result.append(Glyph(character, width: 1, style: style))
            } else if character.isNewline {
                result.append(Glyph("\n", width: 0, style: style))
            } else if DisplayWidth.isBaseless(character) {
                let shown = Character(String(dottedCircle) + String(character))
                result.append(Glyph(shown, width: 1, style: style))
            } else {
                result.append(Glyph(character, width: DisplayWidth.of(character), style: style))
            }
        }
    }

    public static func width(_ glyphs: [Glyph]) -> Int {
        glyphs.reduce(0) { $0 + $1.width }
    }

    /// The glyphs unchanged when they fit in `width` columns; otherwise as many as fit
    /// followed by `ellipsis` (in the style of the last glyph kept). A wide cluster that would
    /// straddle the limit is left out whole. Line breaks count as spaces here.
    public static func cut(_ glyphs: [Glyph], to width: Int, ellipsis: TerminalString = "…") -> [Glyph] {
        guard width > 0 else { return [] }
        let flat = glyphs.map { $0.isNewline ? Glyph(" ", width: 1, style: $0.style) : $0 }
        if self.width(flat) <= width { return flat }
        let mark = Self.glyphs(ellipsis)
        let room = width - self.width(mark)
        guard room >= 0 else { return Array(flat.prefix(width)) }
        var kept: [Glyph] = []
        var used = 0
        for glyph in flat {
            guard used + glyph.width <= room else { break }
            kept.append(glyph)
            used += glyph.width
        }
        while kept.last?.isSpace == true { kept.removeLast() }
        let style = kept.last?.style ?? flat.first?.style ?? .plain
        return kept + mark.map { Glyph($0.character, width: $0.width, style: style) }
    }

    /// Word-wraps into lines of at most `width` columns. Breaks after spaces and hyphens and
    /// around wide (CJK) clusters, which need no spaces; a word longer than a line is broken
    /// between clusters. Spaces at a break are dropped; line breaks in the text start a new line
    /// (an empty line stays, so paragraphs keep their gap).
    public static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        guard width > 0 else { return [] }
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var used = 0
        /// Index in `line` where the line may be broken (what follows moves down).
        var breakAt: Int?

        func finish(_ glyphs: [Glyph]) {
            var trimmed = glyphs
            while trimmed.last?.isSpace == true { trimmed.removeLast() }
            lines.append(trimmed)
        }

        for original in glyphs {
            // A two-column cluster cannot be shown in a one-column line: an ellipsis says so.
            let glyph = original.width > width ? Glyph("…", width: 1, style: original.style) : original
            if glyph.isNewline {
                finish(line)
                line = []
                used = 0
                breakAt = nil
                continue
            }
            if used + glyph.width > width {
                if glyph.isSpace {
                    finish(line)
                    line = []
                    used = 0
                    breakAt = nil
                    continue
                }
                if glyph.width == 2 || line.last?.width == 2 {
                    breakAt = line.count
                }
                if let at = breakAt, at > 0 {
                    finish(Array(line[..<at]))
                    line = Array(line[at...].drop(while: \.isSpace))
                } else {
                    finish(line)
                    line = []
                }
                used = self.width(line)
                breakAt = nil
                if used + glyph.width > width && !line.isEmpty {  // a remainder plus a wide cluster
                    finish(line)
                    line = []
                    used = 0
                }
            }
            if line.isEmpty && glyph.isSpace && !lines.isEmpty { continue }
            if glyph.width == 2 && !line.isEmpty { breakAt = line.count }
            line.append(glyph)
            used += glyph.width
            if glyph.isSpace || glyph.character == "-" || glyph.width == 2 { breakAt = line.count }
        }
        if !line.isEmpty || lines.isEmpty { finish(line) }
        return lines
    }

    /// Pads with spaces (in `style`) or cuts, so the result is exactly `width` columns.
    public static func fit(_ glyphs: [Glyph], to width: Int, padding style: CellStyle) -> [Glyph] {
        var result = cut(glyphs, to: width)
        let used = self.width(result)
        if used < width {
            result.append(contentsOf: repeatElement(Glyph(" ", width: 1, style: style), count: width - used))
        }
        return result
    }
}

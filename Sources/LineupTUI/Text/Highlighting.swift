extension TextLayout {
    /// Glyphs of `text` in `style`, with the characters inside `ranges` (indices of
    /// `text.value`) in the match role, keeping the backdrop. Ranges may overlap or be empty.
    public static func glyphs(
        _ text: TerminalString, _ style: CellStyle, highlighting ranges: [Range<String.Index>]
    ) -> [Glyph] {
        guard !ranges.isEmpty else { return glyphs(text, style) }
        var hit = style
        hit.role = .match
        hit.bold = true
        var result: [Glyph] = []
        let value = text.value
        var index = value.startIndex
        var run = value.startIndex
        var runIsHit = false
        func flush(upTo end: String.Index) {
            guard run < end else { return }
            append(TerminalString(alreadyClean: String(value[run..<end])), style: runIsHit ? hit : style, to: &result)
            run = end
        }
        while index < value.endIndex {
            let isHit = ranges.contains { $0.contains(index) }
            if isHit != runIsHit {
                flush(upTo: index)
                runIsHit = isHit
            }
            index = value.index(after: index)
        }
        flush(upTo: value.endIndex)
        return result
    }
}

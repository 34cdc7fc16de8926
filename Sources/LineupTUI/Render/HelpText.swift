/// The help screen's text: the key map in effect (so it always matches dispatch), then the query
/// language and the marks used in lists. `HelpView` draws it; `update` measures it (to fit the
/// help's viewport).
enum HelpText {
    static let keyColumn = 16

    /// Bindings grouped by where they apply: everywhere (at least the panes and the agenda),
    /// the schedule's panes, the agenda, the help, the query line, the prompts, and editing
    /// in any of those. A binding for both panes and the agenda (b) is in both groups.
    static func groups(_ keyMap: KeyMap = .standard) -> [(title: String, rows: [(keys: String, help: String)])] {
        var everywhere: [(String, String)] = [], schedule: [(String, String)] = []
        var agenda: [(String, String)] = [], changes: [(String, String)] = [], help: [(String, String)] = []
        var nowAndNext: [(String, String)] = []
        var query: [(String, String)] = [], prompts: [(String, String)] = [], editing: [(String, String)] = []
        for binding in keyMap.bindings where !binding.keys.isEmpty {
            let row = (binding.keyLabel, binding.help)
            let contexts = binding.contexts
            if contexts.isSuperset(of: KeyContext.panes.union([.agenda])) {
                everywhere.append(row)
                continue
            }
            if contexts.isSuperset(of: KeyContext.textFields) {
                editing.append(row)
                continue
            }
            if !contexts.isDisjoint(with: KeyContext.panes) { schedule.append(row) }
            if contexts.contains(.agenda) { agenda.append(row) }
            if contexts.contains(.nowAndNext) { nowAndNext.append(row) }
            if contexts.contains(.changes) { changes.append(row) }
            if contexts.contains(.help) { help.append(row) }
            if contexts.contains(.query) { query.append(row) }
            if !contexts.isDisjoint(with: [.exportPrompt, .replacePrompt, .notePrompt, .linkChooser]) { prompts.append(row) }
        }
        let key = { (command: Command) in keyMap.keyName(command, in: .talks) }
        return [("Everywhere", everywhere), ("Schedule", schedule), ("Agenda", agenda),
                ("Now and next (\(key(.nowAndNext)))", nowAndNext), ("Changes (\(key(.changes)))", changes),
                ("Help screen", help),
                ("Query line (\(key(.search)))", query), ("Export and note prompts, link chooser (\(key(.export)), \(key(.note)), \(key(.openLink)))", prompts),
                ("Editing the query or a prompt", editing)]
            .filter { !$0.1.isEmpty }
            .map { (title: $0.0, rows: $0.1.map { (keys: $0.0, help: $0.1) }) }
    }

    static let queryHelp: [(String, String)] = [
        ("words", "every word must match title, people, abstract, session, room or track"),
        ("\"a phrase\"", "the words in this order"),
        ("-word -kind:qa", "leave out talks that match"),
        ("a | b", "either"),
        ("title: author:", "in one field; also person: abstract: session: room: track: source:"),
        ("kind:oral", "oral, spotlight, qa, paper or the data's (type:talk); kind:oral|spotlight for either"),
        ("lang:en id:2779", "the language; the source's own id"),
        ("award:runner", "an award with that text; award:* for any award"),
        ("day:tue", "a weekday or a date (2022-07-19)"),
        ("after:13:00", "and before:, in the conference's time"),
        ("is:bookmarked", "only bookmarked talks"),
        ("day:today", "and day:tomorrow, in the conference's zone"),
        ("is:now", "on now; is:upcoming, is:past (a talk ending now is past)"),
        ("after:now", "starts now or later; before:now, started before now"),
        ("picked:ana", "Ana's picks (lineup bookmark import); is:picked for anyone's"),
    ]

    /// From this width on, the keys and the rest (mouse, search, marks) stand side by side.
    static let twoColumnWidth = 110

    static func lines(width: Int, symbols: Symbols, keyMap: KeyMap = .standard) -> [[Glyph]] {
        guard width >= twoColumnWidth else {
            return (keyLines(width: width, keyMap: keyMap) + [[]] + otherLines(width: width, symbols: symbols, keyMap: keyMap))
                .map { TextLayout.cut($0, to: width, ellipsis: symbols.ellipsis) }
        }
        let columnWidth = (width - 3) / 2
        let left = keyLines(width: columnWidth, keyMap: keyMap)
        let right = otherLines(width: columnWidth, symbols: symbols, keyMap: keyMap)
        let separator = TextLayout.glyphs(TerminalString(" " + symbols.separator.value + " "), CellStyle(.border))
        return (0..<max(left.count, right.count)).map { index in
            let first = TextLayout.fit(left[safe: index] ?? [], to: columnWidth, padding: .plain)
            return first + separator + TextLayout.cut(right[safe: index] ?? [], to: columnWidth, ellipsis: symbols.ellipsis)
        }
    }

    private static func row(_ keys: String, _ help: String, width: Int, keyStyle: CellStyle = CellStyle(.key, bold: true)) -> [[Glyph]] {
        let keyGlyphs = TextLayout.fit(TextLayout.glyphs(TerminalString(keys), keyStyle), to: keyColumn - 1, padding: .plain)
            + TextLayout.glyphs(" ")
        let helpLines = TextLayout.wrap(TextLayout.glyphs(TerminalString(help)), width: max(1, width - keyColumn - 2))
        return helpLines.enumerated().map { index, line in
            let lead = index == 0 ? keyGlyphs : TextLayout.glyphs(TerminalString(String(repeating: " ", count: keyColumn)))
            return TextLayout.glyphs("  ") + lead + line
        }
    }

    private static func heading(_ title: String, after lines: [[Glyph]]) -> [[Glyph]] {
        (lines.isEmpty ? [] : [[]]) + [TextLayout.glyphs(TerminalString(title), CellStyle(.heading, bold: true))]
    }

    /// The key bindings, by group.
    private static func keyLines(width: Int, keyMap: KeyMap) -> [[Glyph]] {
        var lines: [[Glyph]] = []
        for group in groups(keyMap) {
            lines += heading(group.title, after: lines)
            for entry in group.rows { lines += row(entry.keys, entry.help, width: width) }
        }
        return lines
    }

    /// Mouse, the query language and the marks in lists.
    private static func otherLines(width: Int, symbols: Symbols, keyMap: KeyMap) -> [[Glyph]] {
        var lines: [[Glyph]] = []
        lines += heading("Mouse", after: lines)
        lines += row("click", "select an entry and focus its pane", width: width)
        lines += row("wheel", "scroll the pane under the pointer", width: width)
        lines += heading("Search", after: lines)
        for (syntax, help) in queryHelp { lines += row(syntax, help, width: width, keyStyle: CellStyle(.accent)) }
        lines += heading("Marks", after: lines)
        lines += row(symbols.bookmark.value, "bookmarked", width: width, keyStyle: CellStyle(.bookmark, bold: true))
        lines += row(symbols.award.value, "award (Outstanding Paper, " + symbols.ellipsis.value + ")", width: width,
                     keyStyle: CellStyle(.award, bold: true))
        lines += row(symbols.clash.value, "bookmarked, and clashes with another bookmarked talk", width: width, keyStyle: CellStyle(.clash, bold: true))
        lines += row(symbols.note.value, "your note on the bookmark (\(keyMap.keyName(.note, in: .talks)) writes it)", width: width, keyStyle: CellStyle(.accent, bold: true))
        lines += row("Oral Spot Q&A", "kind of talk (O S Q P in narrow panes)", width: width, keyStyle: CellStyle(.oral, bold: true))
        lines += row("new moved", "changed by the latest update, until selected (\(keyMap.keyName(.changes, in: .talks)) lists all)", width: width,
                     keyStyle: CellStyle(.accent, bold: true))
        return lines
    }
}

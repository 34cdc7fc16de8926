import LineupAgenda
import LineupSearch

/// The bottom line: the query being typed (with the terminal's cursor in it), the export
/// question (and whether to replace a file), the note question, or the latest message.
enum QueryLine {
    static func draw(_ state: BrowserState, in rect: Rect, into grid: inout Grid) {
        if case .export(let prompt) = state.prompt {
            drawExport(prompt, state: state, in: rect, into: &grid)
        } else if case .replace(let prompt) = state.prompt {
            let question = TextLayout.glyphs(TerminalString(prompt.path.text), CellStyle(.text, bold: true))
                + TextLayout.glyphs(" exists. Replace it? ", CellStyle(.error, bold: true))
                + TextLayout.glyphs("y replaces · n changes the name", CellStyle(.muted))
            grid.draw(TextLayout.cut(question, to: rect.width - 2, ellipsis: state.symbols.ellipsis), x: rect.x + 1, y: rect.y, maxX: rect.maxX - 1)
        } else if case .links(let chooser) = state.prompt {
            let key = { (command: Command) in state.keyMap.keyName(command, in: .linkChooser) }
            let text = "Open which link? \(key(.accept)) or 1\u{2013}\(min(9, chooser.choices.count)) opens, \(key(.cancel)) cancels"
            grid.draw(TerminalString(text), x: rect.x + 1, y: rect.y, width: rect.width - 2, style: CellStyle(.accent, bold: true))
        } else if case .note(let prompt) = state.prompt {
            let label = TextLayout.glyphs("Note: ", CellStyle(.accent, bold: true))
            drawField(prompt: label, editor: prompt.text, problem: nil, in: rect, into: &grid)
        } else if state.search.isEditing {
            let prompt = TextLayout.glyphs("/", CellStyle(.accent, bold: true))
            drawField(prompt: prompt, editor: state.search.editor, problem: state.search.problem, in: rect, into: &grid)
        } else if let message = state.message {
            let style = message.isError ? CellStyle(.error, bold: true) : CellStyle(.text)
            grid.draw(TerminalString(message.text), x: rect.x + 1, y: rect.y, width: rect.width - 2, style: style)
        } else if state.search.isFiltering {
            let glyphs = TextLayout.glyphs(TerminalString("/" + state.search.appliedText), CellStyle(.accent))
                + TextLayout.glyphs(TerminalString("   " + filterHint(state)), CellStyle(.muted))
            grid.draw(TextLayout.cut(glyphs, to: rect.width - 2, ellipsis: state.symbols.ellipsis), x: rect.x + 1, y: rect.y, maxX: rect.maxX - 1)
        } else if !state.schedule.talks.isEmpty {
            grid.draw(TerminalString("\(state.keyMap.keyName(.search, in: .talks)) searches as you type: monarch · author:dao · kind:oral · award:* · after:13:00"),
                      x: rect.x + 1, y: rect.y, width: rect.width - 2, style: CellStyle(.muted))
        }
    }

    /// "n/N next/previous hit · / edit · Esc clear", with the keys of the mode.
    static func filterHint(_ state: BrowserState) -> String {
        let context = state.keyContext
        let key = { (command: Command) in state.keyMap.keyName(command, in: context) }
        let dot = " \(state.symbols.dot.value) "
        return "\(key(.nextHit))/\(key(.previousHit)) next/previous hit" + dot + "\(key(.search)) edit" + dot + "\(key(.back)) clear"
    }

    private static func drawExport(_ prompt: ExportPrompt, state: BrowserState, in rect: Rect, into grid: inout Grid) {
        var label = TextLayout.glyphs("Export agenda as ", CellStyle(.text))
        for format in ExportFormat.allCases {
            let chosen = format == prompt.format
            label += TextLayout.glyphs(TerminalString(format.rawValue),
                                       chosen ? CellStyle(.accent, backdrop: .selection, bold: true) : CellStyle(.muted))
            label += TextLayout.glyphs(" ")
        }
        label += TextLayout.glyphs("to ", CellStyle(.text))
        drawField(prompt: label, editor: prompt.path, problem: nil, in: rect, into: &grid)
    }

    /// A prompt followed by an editable text, scrolled so the cursor stays visible; the
    /// terminal cursor is placed in it. The part a query problem points at is underlined.
    private static func drawField(prompt: [Glyph], editor: LineEditor, problem: QueryError?, in rect: Rect, into grid: inout Grid) {
        let x = grid.draw(prompt, x: rect.x + 1, y: rect.y, maxX: rect.maxX - 1)
        let room = max(1, rect.maxX - 1 - x)
        var glyphs = TextLayout.glyphs(TerminalString(editor.text), CellStyle(.text))
        if let problem {
            for index in glyphs.indices where index >= problem.position && index < problem.position + max(1, problem.length) {
                glyphs[index].style = CellStyle(.error, bold: true, underline: true)
            }
        }
        // The cursor sits after the glyphs of the text before it (sanitised the same way).
        let cursor = min(TextLayout.glyphs(TerminalString(editor.beforeCursor)).count, glyphs.count)
        var first = 0
        while first < cursor, TextLayout.width(Array(glyphs[first..<cursor])) >= room { first += 1 }
        let shown = Array(glyphs[first...])
        grid.draw(shown, x: x, y: rect.y, maxX: rect.maxX - 1)
        grid.cursor = Point(x: x + TextLayout.width(Array(glyphs[first..<cursor])), y: rect.y)
    }
}

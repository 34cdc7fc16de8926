/// Colours for style roles in three capabilities: 256 colours, 8 colours, or none (NO_COLOR
/// set, or a terminal without colour), where only bold and reverse remain.
///
/// Selected rows and the status bar get a definite background so text stays legible on both
/// dark and light terminals; everything else draws on the terminal's own background.
struct ColorTheme {
    enum Capability: Sendable {
        case none, eight, many
    }

    /// A foreground and background colour index; -1 is the terminal's default.
    struct Colors: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// What the backend applies for a style: attributes and, when coloured, a colour pair.
    struct Look: Hashable {
        var bold = false
        var underline = false
        var dim = false
        var reverse = false
        var colors: Colors?
    }

    let capability: Capability

    func look(for style: CellStyle) -> Look {
        var look = Look(bold: style.bold, underline: style.underline)
        switch capability {
        case .none: applyMonochrome(style, to: &look)
        case .eight: applyEight(style, to: &look)
        case .many: applyMany(style, to: &look)
        }
        return look
    }

    /// NO_COLOR and colourless terminals: bold and reverse only (no colour at all). Hits are
    /// reversed (or un-reversed inside a reversed row) so they still stand out.
    private func applyMonochrome(_ style: CellStyle, to look: inout Look) {
        look.underline = false
        switch style.role {
        case .heading, .title, .accent, .error, .key, .bookmark, .award, .clash, .oral, .cancelled: look.bold = true
        default: break
        }
        switch style.backdrop {
        case .none: break
        case .selection, .bar: look.reverse = true
        case .inactiveSelection: look.bold = true
        }
        if style.role == .match {
            look.bold = true
            look.reverse.toggle()
        }
    }

    private func applyEight(_ style: CellStyle, to look: inout Look) {
        // Curses colour numbers: 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white.
        var foreground: Int16 = -1
        switch style.role {
        case .text, .title: break
        case .muted, .border: look.dim = true
        case .heading: foreground = 6
        case .accent, .key, .bookmark: foreground = 3
        case .match: look.colors = Colors(foreground: 0, background: 3); return
        case .award: foreground = 5
        case .oral, .clash, .error: foreground = 1
        case .spotlight, .paper, .link: foreground = 6
        case .qa, .gap: foreground = 2
        case .cancelled: foreground = 1
        case .track0: foreground = 2
        case .track1: foreground = 3
        case .track2: foreground = 4
        case .track3: foreground = 5
        case .track4: foreground = 6
        case .track5: foreground = 1
        }
        switch style.backdrop {
        case .none:
            look.colors = Colors(foreground: foreground, background: -1)
        case .selection:
            look.dim = false
            let legible: Int16 = foreground == 1 || foreground == 5 || foreground == 6 ? foreground : 7
            look.colors = Colors(foreground: foreground == -1 ? 7 : legible, background: 4)
            look.bold = true
        case .inactiveSelection, .bar:
            // Reverse swaps colours, so roles keep only their attributes here.
            look.dim = false
            look.reverse = true
            look.colors = nil
        }
    }

    private func applyMany(_ style: CellStyle, to look: inout Look) {
        var foreground: Int16 = -1
        switch style.role {
        case .text, .title: break
        case .muted: foreground = 245
        case .border: foreground = 240
        case .heading: foreground = 75
        case .accent: foreground = 214
        case .key: foreground = 221
        case .bookmark: foreground = 220
        case .match: look.colors = Colors(foreground: 16, background: 222); return
        case .award: foreground = 176
        case .oral: foreground = 209
        case .spotlight: foreground = 117
        case .qa: foreground = 114
        case .paper: foreground = 80
        case .clash, .error: foreground = 203
        case .gap: foreground = 71
        case .link: foreground = 39
        case .cancelled: foreground = 203
        case .track0: foreground = 114
        case .track1: foreground = 179
        case .track2: foreground = 111
        case .track3: foreground = 176
        case .track4: foreground = 80
        case .track5: foreground = 210
        }
        let background: Int16
        switch style.backdrop {
        case .none: background = -1
        case .selection: background = 24
        case .inactiveSelection: background = 237
        case .bar: background = 236
        }
        if background != -1 {
            if foreground == -1 { foreground = 231 }
            if style.role == .muted || style.role == .border { foreground = 250 }
        }
        look.colors = Colors(foreground: foreground, background: background)
    }
}

/// Colours for style roles in three capabilities: 256 colours, 8 colours, or none (NO_COLOR
/// set, or a terminal without colour), where only bold and reverse remain.
///
/// The config file's `[colors]` (`scheme`) change the coloured looks; without colour they are
/// not used, so NO_COLOR always wins.
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
    /// The config file's colours; not used without colour (NO_COLOR wins).
    var scheme = ColorScheme()

    func look(for style: CellStyle) -> Look {
        var look = Look(bold: style.bold, underline: style.underline)
        switch capability {
        case .none: applyMonochrome(style, to: &look)
        case .eight: applyEight(style, to: &look); applyScheme(style, to: &look)
        case .many: applyMany(style, to: &look); applyScheme(style, to: &look)
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

    /// The 256-colour foreground of each role (-1: the terminal's); hits have their own
    /// background too (`manyHit`).
    static let manyForeground: [StyleRole: Int16] = [
        .text: -1, .title: -1, .muted: 245, .border: 240, .heading: 75, .accent: 214, .key: 221, .bookmark: 220,
        .match: 16, .award: 176, .oral: 209, .spotlight: 117, .qa: 114, .paper: 80, .clash: 203, .error: 203,
        .gap: 71, .link: 39, .cancelled: 203,
        .track0: 114, .track1: 179, .track2: 111, .track3: 176, .track4: 80, .track5: 210,
    ]
    static let manyHitBackground: Int16 = 222
    /// The 256-colour background of each backdrop, and the foreground plain text takes on it.
    static let manyBackdrop: [Backdrop: Colors] = [
        .none: Colors(foreground: -1, background: -1),
        .selection: Colors(foreground: 231, background: 24),
        .inactiveSelection: Colors(foreground: 231, background: 237),
        .bar: Colors(foreground: 231, background: 236),
    ]

    /// The slot's colours on a 256-colour terminal as a colour line: what `lineup config
    /// default` lists.
    static func defaultSpec(for slot: ThemeSlot) -> ColorSpec {
        func color(_ index: Int16) -> TerminalColor { index < 0 ? .terminalDefault : .index(index) }
        switch slot {
        case .role(.match): return ColorSpec(foreground: color(manyForeground[.match] ?? -1), background: color(manyHitBackground))
        case .role(let role): return ColorSpec(foreground: color(manyForeground[role] ?? -1))
        case .backdrop(let backdrop):
            let colors = manyBackdrop[backdrop] ?? Colors(foreground: -1, background: -1)
            return ColorSpec(foreground: color(colors.foreground), background: color(colors.background))
        }
    }

    private func applyMany(_ style: CellStyle, to look: inout Look) {
        var foreground = Self.manyForeground[style.role] ?? -1
        if style.role == .match {
            look.colors = Colors(foreground: foreground, background: Self.manyHitBackground)
            return
        }
        let backdrop = Self.manyBackdrop[style.backdrop] ?? Colors(foreground: -1, background: -1)
        if backdrop.background != -1 {
            if foreground == -1 { foreground = backdrop.foreground }
            if style.role == .muted || style.role == .border { foreground = 250 }
        }
        look.colors = Colors(foreground: foreground, background: backdrop.background)
    }

    // MARK: The user's colours

    /// Roles without a colour of their own on a selected row or the bar: text and titles take
    /// the backdrop's foreground there, muted text and borders stay a light grey.
    private static let plainRoles: Set<StyleRole> = [.text, .title, .muted, .border]

    /// Applies the config file's colours over the theme's look. A role's line colours the role
    /// everywhere, but plain roles (`plainRoles`) only off a backdrop; a backdrop's line sets
    /// its background under every role but hits, and its foreground for text and titles.
    /// Colours the terminal cannot show (above 7 on an eight-colour terminal) are left as the
    /// theme has them.
    private func applyScheme(_ style: CellStyle, to look: inout Look) {
        let limit: Int16 = capability == .many ? 255 : 7
        func usable(_ color: TerminalColor?) -> Int16? {
            guard let color, color.curses <= limit else { return nil }
            return color.curses
        }
        func apply(_ spec: ColorSpec, foreground: Bool, background: Bool) {
            var colors = look.colors ?? Colors(foreground: -1, background: -1)
            var changed = false
            if foreground, let index = usable(spec.foreground) { colors.foreground = index; changed = true }
            if background, let index = usable(spec.background) { colors.background = index; changed = true }
            if changed {
                if look.colors == nil && look.reverse { look.reverse = false }
                look.colors = colors
            }
            for attribute in spec.attributes {
                switch attribute {
                case .normal: look.bold = false; look.dim = false; look.underline = false; look.reverse = false
                case .bold: look.bold = true
                case .dim: look.dim = true
                case .underline: look.underline = true
                case .reverse: look.reverse = true
                }
            }
        }
        if let spec = scheme.overrides[.role(style.role)], style.backdrop == .none || !Self.plainRoles.contains(style.role) {
            apply(spec, foreground: true, background: style.backdrop == .none || style.role == .match)
        }
        if style.backdrop != .none, let spec = scheme.overrides[.backdrop(style.backdrop)] {
            apply(spec, foreground: style.role == .text || style.role == .title, background: style.role != .match)
        }
    }
}

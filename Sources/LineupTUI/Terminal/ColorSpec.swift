import LineupModel

/// A colour a terminal draws with: the terminal's own default, or an index (0–7 the basic
/// colours, 8–15 their bright forms, up to 255 on 256-colour terminals).
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case index(Int16)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// "red", "bright-red", "default", "208", "color208".
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: lower) {
            self = .index(Int16(index))
        } else if lower.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(lower.dropFirst(7))) {
            self = .index(Int16(index + 8))
        } else if let number = Int16(lower.hasPrefix("color") ? String(lower.dropFirst(5)) : lower), (0...255).contains(number) {
            self = .index(number)
        } else {
            return nil
        }
    }

    /// The curses colour number: -1 for the default.
    var curses: Int16 {
        switch self {
        case .terminalDefault: return -1
        case .index(let index): return index
        }
    }

    public var name: String {
        switch self {
        case .terminalDefault: return "default"
        case .index(let index) where index < 8: return Self.names[Int(index)]
        case .index(let index): return String(index)
        }
    }
}

/// An attribute a colour line may add.
public enum TextAttribute: String, CaseIterable, Hashable, Sendable {
    /// Clears the attributes the theme gives the role.
    case normal
    case bold, dim, underline, reverse
}

/// One colour line of the config file, as tig writes them: `"FOREGROUND [BACKGROUND]
/// [ATTRIBUTE…]"`, e.g. `"white blue bold"`, `"214"`, `"default 236 underline"`. A part not
/// given keeps the theme's.
public struct ColorSpec: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: [TextAttribute]

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: [TextAttribute] = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Why a colour line was refused: the word, and what it should have been.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a colour line; the first two words that are colours are the foreground and the
    /// background, the others must be attributes.
    public init(parsing text: String) throws(Problem) {
        var colors: [TerminalColor] = []
        var attributes: [TextAttribute] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
            if let attribute = TextAttribute(rawValue: word.lowercased()) {
                attributes.append(attribute)
            } else if let color = TerminalColor(name: word), attributes.isEmpty, colors.count < 2 {
                colors.append(color)
            } else {
                throw Problem(description: "\"\(TerminalText.sanitize(word))\" is not a colour (black, red, green, yellow, blue, magenta, cyan, white, bright-red…, default, 0-255) or an attribute (\(TextAttribute.allCases.map(\.rawValue).joined(separator: ", "))), in that order")
            }
        }
        guard !colors.isEmpty || !attributes.isEmpty else {
            throw Problem(description: "an empty colour: give \"FOREGROUND [BACKGROUND] [ATTRIBUTE…]\"")
        }
        self.init(foreground: colors.first, background: colors.dropFirst().first, attributes: attributes)
    }

    /// The line `init(parsing:)` reads back.
    public var text: String {
        ([foreground, background].compactMap { $0?.name } + attributes.map(\.rawValue)).joined(separator: " ")
    }
}

/// What the config file's `[colors]` names: a style role ("award", "hit") or a backdrop
/// ("selection", "bar").
public enum ThemeSlot: Hashable, Sendable {
    case role(StyleRole)
    case backdrop(Backdrop)

    /// Every role, then the backdrops other than none.
    public static let allCases: [ThemeSlot] = StyleRole.allCases.map(ThemeSlot.role)
        + Backdrop.allCases.filter { $0 != .none }.map(ThemeSlot.backdrop)

    /// "hit" for search hits, "inactive_selection", otherwise the role's name in snake case.
    public var configName: String {
        switch self {
        case .role(.match): return "hit"
        case .role(let role): return ConfigName.snakeCase("\(role)")
        case .backdrop(let backdrop): return ConfigName.snakeCase("\(backdrop)")
        }
    }

    public init?(configName name: String) {
        guard let slot = Self.allCases.first(where: { $0.configName == name }) else { return nil }
        self = slot
    }
}

/// The user's colours over the theme's, by slot. Empty: the theme as shipped.
public struct ColorScheme: Hashable, Sendable {
    public var overrides: [ThemeSlot: ColorSpec]

    public init(_ overrides: [ThemeSlot: ColorSpec] = [:]) {
        self.overrides = overrides
    }
}

extension ThemeSlot {
    /// The slot's colours in the shipped 256-colour theme, as a colour line.
    public var defaultColors: ColorSpec { ColorTheme.defaultSpec(for: self) }
}

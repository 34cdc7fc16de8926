/// Key names as the config file writes them: a character as itself ("b", "G", "?"), and
/// `space`, `enter`, `esc`, `tab`, `shift-tab`, `up`, `down`, `left`, `right`, `pgup`, `pgdn`,
/// `home`, `end`, `backspace`, `delete`, `f1`…`f12`, `ctrl-x`, `alt-x`. Names other than a
/// single character are read in any case; the help's labels ("↑", "PgDn", "Ctrl-C") are read too.
extension Key {
    /// The key `name` names, or nil. Ctrl with a letter the terminal sends as another key is
    /// that key (`ctrl-i` is Tab, `ctrl-m` Enter, `ctrl-h` Backspace), as the browser receives it.
    public init?(name: String) {
        let lower = name.lowercased()
        if let key = Self.named[lower] {
            self = key
            return
        }
        if name.count == 1, let character = name.first, !character.isWhitespace || character == " " {
            guard character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }) else { return nil }
            self = .character(character)
            return
        }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            guard let letter = lower.last?.asciiValue, (97...122).contains(letter),
                  let key = KeyDecoder.key(forCharacter: UInt32(letter) - 96) else { return nil }
            self = key
            return
        }
        for prefix in ["alt-", "m-", "meta-"] where lower.hasPrefix(prefix) && name.count == prefix.count + 1 {
            guard let character = name.last, let key = Key(name: String(character)), case .character = key else { return nil }
            self = .alt(character)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number), !lower.hasPrefix("f0") {
            self = .function(number)
            return
        }
        return nil
    }

    private static let named: [String: Key] = [
        "space": .character(" "), "up": .up, "↑": .up, "down": .down, "↓": .down, "left": .left, "←": .left,
        "right": .right, "→": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "delete": .delete, "del": .delete,
    ]

    /// The name the config file uses for this key (`Key(name:)` reads it back).
    public var configName: String {
        switch self {
        case .character(" "): return "space"
        case .character(let c): return String(c)
        case .control(let c): return "ctrl-" + String(c)
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .home: return "home"
        case .end: return "end"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .function(let n): return "f\(n)"
        case .alt(let c): return "alt-" + String(c)
        }
    }
}

extension Command {
    /// The command's name in the config file: its name in snake case ("move_up",
    /// "open_link"), but "bookmark" for `toggleBookmark`. New commands get a name with no work.
    public var configName: String {
        switch self {
        case .toggleBookmark: return "bookmark"
        default: return ConfigName.snakeCase(rawValue)
        }
    }

    /// The command the config file names `name`.
    public init?(configName name: String) {
        guard let command = Command.allCases.first(where: { $0.configName == name }) else { return nil }
        self = command
    }
}

extension KeyContext {
    /// The context's name in the config file ("talks", "export_prompt"), before a dot:
    /// `"agenda.back"`.
    public var configName: String { ConfigName.snakeCase(rawValue) }

    public init?(configName name: String) {
        guard let context = KeyContext.allCases.first(where: { $0.configName == name }) else { return nil }
        self = context
    }
}

/// Names of the config file derived from Swift names.
public enum ConfigName {
    /// "moveUp" → "move_up", "track0" → "track0".
    public static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

import LineupAgenda
import LineupTUI

/// `lineup config default`: a config file with every setting commented out at its default,
/// generated from the command table and the theme, so it lists new commands with no work.
public enum ConfigDefaults {
    static let topLevelNames = ["browser", "timezone", "refresh_after", "[export]", "[keys]", "[colors]"]

    /// The file for `keyMap` (the shipped table unless a test gives another).
    public static func text(keyMap: KeyMap = .standard) -> String {
        var lines = [
            "# Lineup's config file: $XDG_CONFIG_HOME/lineup/config.toml (else ~/.config/lineup/config.toml).",
            "# Every setting is optional and shown at its default; remove the \"# \" to change one.",
            "# `lineup config check` checks the file; the browser does not start while it has errors.",
            "",
            "# The web browser for o and `lineup open` when $BROWSER is unset (else xdg-open); %s is the link.",
            "# browser = [\"firefox\", \"--new-tab\", \"%s\"]",
            "",
            "# Pin times the files give without a zone to this IANA zone (the default of --timezone).",
            "# timezone = \"Europe/Brussels\"",
            "",
            "# How old a schedule fetched from a URL may get before it is fetched again (--refresh-after).",
            "# refresh_after = \"1h\"",
            "",
            "[export]",
            "# The format of `lineup export` and the browser's export (\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))).",
            "# format = \"ics\"",
            "# The directory the browser's export prompt starts in (default: the current directory).",
            "# directory = \"~/Documents\"",
            "",
            "[keys]",
            "# A command's keys everywhere it applies: command = [\"key\", …]; in one context: \"context.command\" = […].",
            "# Contexts: \(KeyContext.allCases.map(\.configName).joined(separator: ", ")).",
            "# Keys: a character (\"b\", \"G\", \"?\"), space, enter, esc, tab, shift-tab, up, down, left, right, pgup, pgdn,",
            "# home, end, backspace, delete, f1-f12, ctrl-x, alt-x. [] unbinds. A key may mean one command per context.",
        ]
        lines += keyLines(keyMap)
        lines += [
            "",
            "[colors]",
            "# Each role = \"FOREGROUND [BACKGROUND] [ATTRIBUTE…]\", as tig's color lines: colours are default, black, red, green,",
            "# yellow, blue, magenta, cyan, white, bright-red… or 0-255; attributes are bold, dim, underline, reverse, normal.",
            "# The defaults below are the 256-colour theme's; selection, inactive_selection and bar are the backgrounds of",
            "# the selected row, the selected row of other panes and the status bar. NO_COLOR turns every colour off.",
        ]
        lines.append("# A line track = \"…\" colours the six track tags (track0-track5) at once; their own lines win.")
        for slot in ThemeSlot.allCases {
            lines.append("# \(slot.configName) = \"\(slot.defaultColors.text)\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Per command, in table order: one line when its keys are the same everywhere, else one
    /// line per context.
    static func keyLines(_ map: KeyMap) -> [String] {
        var lines: [String] = []
        var done = Set<Command>()
        for binding in map.bindings where !done.contains(binding.command) {
            done.insert(binding.command)
            let rows = map.bindings.filter { $0.command == binding.command }
            let helps = rows.map(\.help).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            lines.append("")
            lines.append("# " + helps.joined(separator: "; "))
            if Set(rows.map(\.keys)).count == 1 {
                lines.append("# \(binding.command.configName) = \(list(binding.keys))")
            } else {
                for context in KeyContext.allCases {
                    guard let row = rows.first(where: { $0.contexts.contains(context) }) else { continue }
                    lines.append("# \"\(context.configName).\(binding.command.configName)\" = \(list(row.keys))")
                }
            }
        }
        return lines
    }

    /// `["b", "space"]`, with TOML's escapes.
    static func list(_ keys: [Key]) -> String {
        "[" + keys.map { "\"" + $0.configName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ", ") + "]"
    }
}

/// The browser's keys and the query language as sections of the man page (mdoc, the macros
/// swift-argument-parser's generated page uses), from the same tables the help screen shows
/// (`CommandTable`, `HelpText.queryHelp`); `make install` appends them to that page
/// (`lineup help-tables --man`).
public enum ManualSections {
    public static var mdoc: String {
        var lines = [".Sh KEYS",
                     text("The browser's keys by default, where each applies (\(CommandTable.keyName(.help, in: .talks)) in the browser shows the keys in effect; the config file's [keys] changes them):"),
                     ".Bl -tag -width Ds"]
        for row in CommandTable.summary {
            lines += [item(row.keys), text("\(row.help) (\(CommandTable.placeName(Set(row.contexts))))")]
        }
        lines += [".El", ".Sh SEARCH",
                  text("The query language of the browser's search (\(CommandTable.keyName(.search, in: .talks))) and of lineup list:"),
                  ".Bl -tag -width Ds"]
        for (syntax, help) in HelpText.queryHelp {
            lines += [item(syntax), text(help)]
        }
        lines += [".El", ".Sh FILES", ".Bl -tag -width Ds"]
        for (path, what) in files {
            lines += [item(path), text(what)]
        }
        lines.append(".El")
        // The generated page may end without a line break.
        return "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The files Lineup reads and writes besides the data, for the FILES section.
    static let files: [(String, String)] = [
        ("$XDG_CONFIG_HOME/lineup/config.toml",
         "The config file (else ~/.config/lineup/config.toml), all optional: [keys] rebinds the browser's keys, [colors] its colours, and it sets defaults for --timezone, the export format and directory and the web browser. lineup config default prints every setting at its default; lineup config check checks the file."),
        ("$XDG_DATA_HOME/lineup/bookmarks.json",
         "The bookmarks (else ~/.local/share/lineup/bookmarks.json; --bookmarks or $LINEUP_BOOKMARKS name another)."),
    ]

    /// A tag of a list: each word escaped so that none is read as a macro ("Ar", "No") or a
    /// delimiter.
    static func item(_ words: String) -> String {
        ".It " + words.split(separator: " ").map { "\\&" + escape(String($0)) }.joined(separator: " ")
    }

    /// A line of running text: escaped, and never read as a request even when it starts with
    /// a dot or an apostrophe.
    static func text(_ string: String) -> String {
        "\\&" + escape(string)
    }

    /// Backslashes and minus signs as roff writes them; line breaks become spaces.
    static func escape(_ string: String) -> String {
        var escaped = ""
        for character in string {
            switch character {
            case "\\": escaped += "\\e"
            case "-": escaped += "\\-"
            case "\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

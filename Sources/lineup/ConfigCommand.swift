import ArgumentParser
import Foundation
import LineupConfig
import LineupModel

/// `lineup config path|check|default`: where the config file is, whether it is right, and a
/// commented file with every setting at its default.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the config file is, check it, or print one with every default.",
        discussion: """
            The config file is $XDG_CONFIG_HOME/lineup/config.toml (else \
            ~/.config/lineup/config.toml), all optional: [keys] rebinds the browser's keys, \
            [colors] its colours, and it sets defaults for --timezone, the export format and \
            directory, and the web browser.
            """,
        subcommands: [Path.self, Check.self, Default.self])

    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the config file's path (it may not exist).")

        func run() throws {
            try Console.output(TerminalText.sanitize(ConfigLocation.path()))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the config file: its problems with line and column, and exit status 1 when it has any.")

        func run() throws {
            let path = ConfigLocation.path()
            do {
                _ = try ConfigLocation.load(path)
            } catch {
                UserSettings.report(error)
                throw CommandFailure("\(TerminalText.sanitize(path)) has \(UserSettings.count(error.errors.count))")
            }
            let exists = FileManager.default.fileExists(atPath: path)
            try Console.output("\(TerminalText.sanitize(path)): " + (exists ? "ok" : "no file (the defaults apply)"))
        }
    }

    struct Default: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a config file with every setting commented out at its default.")

        func run() throws {
            try Console.write(ConfigDefaults.text())
        }
    }
}

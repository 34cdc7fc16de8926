import Foundation
import LineupAgenda
import LineupFiles
import LineupTUI

/// What the config file says, every part optional; the default value is no file at all.
public struct UserConfig: Sendable {
    /// The web browser for `o` when $BROWSER is unset: the program and its arguments (`%s`
    /// is the link).
    public var browser: [String]?
    /// The default of `--timezone`: an IANA zone name, already checked.
    public var timezone: String?
    /// The default of `--refresh-after` for URL sources, in seconds (`refresh_after = "1h"`
    /// is 3600; `RefreshDuration` reads it).
    public var refreshAfter: TimeInterval?
    /// The default export format (`lineup export` and the browser's prompt).
    public var exportFormat: ExportFormat?
    /// Where exports go by default: `~` expanded.
    public var exportDirectory: String?
    /// The keys, with the `[keys]` rebindings applied.
    public var keyMap: KeyMap = .standard
    public var colors = ColorScheme()

    public init() {}

    /// The browser's part of it.
    public var browserSettings: BrowserSettings {
        BrowserSettings(keyMap: keyMap, colors: colors,
                        exportDefaults: ExportDefaults(format: exportFormat ?? .ics, directory: exportDirectory))
    }
}

/// Where the config file is: `$XDG_CONFIG_HOME/lineup/config.toml`, else
/// `~/.config/lineup/config.toml`.
public enum ConfigLocation {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = HomeDirectory.path(environment: environment) + "/.config"
        }
        return base + "/lineup/config.toml"
    }

    /// The config at `path`: the default when there is no file; throws `ConfigErrors` when
    /// it cannot be read or has problems.
    public static func load(_ path: String) throws(ConfigErrors) -> UserConfig {
        guard FileManager.default.fileExists(atPath: path) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigErrors(errors: [ConfigError(path: path, position: nil, message: "cannot be read")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigErrors(errors: [ConfigError(path: path, position: nil, message: "is not UTF-8 text")])
        }
        return try ConfigReader.read(text, path: path)
    }
}

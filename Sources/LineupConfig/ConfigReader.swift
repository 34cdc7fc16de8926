import Foundation
import LineupAgenda
import LineupModel
import LineupTUI
import TOMLKit

/// Reads the config file's text into a `UserConfig`, collecting every problem with its line
/// and column (TOMLKit's for syntax, `TOMLPositions` for the rest).
enum ConfigReader {
    static func read(_ text: String, path: String) throws(ConfigErrors) -> UserConfig {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = SourcePosition(line: error.source.begin.line, column: error.source.begin.column)
            throw ConfigErrors(errors: [ConfigError(path: path, position: position, message: "not valid TOML: \(error.description)")])
        } catch {
            throw ConfigErrors(errors: [ConfigError(path: path, position: nil, message: "not valid TOML: \(error)")])
        }
        var reading = Reading(path: path, positions: TOMLPositions(text))
        let config = reading.config(root)
        guard reading.errors.isEmpty else {
            throw ConfigErrors(errors: reading.errors.sorted { ($0.position ?? SourcePosition(line: 0, column: 0)) < ($1.position ?? SourcePosition(line: 0, column: 0)) })
        }
        return config
    }
}

/// One reading of a file: the positions to report with, and the problems found so far.
struct Reading {
    let path: String
    let positions: TOMLPositions
    var errors: [ConfigError] = []

    /// Reports a problem with the key at `path` (or, with `element`, that element of its value;
    /// with `atValue`, its value).
    mutating func problem(_ message: String, at path: [String], element: Int? = nil, atValue: Bool = false) {
        let entry = positions.entry(path)
        let elements = entry?.elements ?? []
        let position = element.flatMap { elements.indices.contains($0) ? elements[$0] : nil } ?? (atValue || element != nil ? entry?.value : entry?.key)
        errors.append(ConfigError(path: self.path, position: position,
                                  message: position == nil ? "\(path.joined(separator: ".")): \(message)" : message))
    }

    mutating func config(_ root: TOMLTable) -> UserConfig {
        var config = UserConfig()
        for (key, value) in root {
            let path = [key]
            switch key {
            case "browser": config.browser = browserCommand(value, at: path)
            case "timezone":
                guard let zone = string(value, at: path, what: "an IANA zone name such as \"Europe/Brussels\"") else { break }
                if TimeZone(identifier: zone) == nil {
                    problem("\"\(TerminalText.sanitize(zone))\" is not a known zone (an IANA name such as Europe/Brussels)", at: path, atValue: true)
                } else {
                    config.timezone = zone
                }
            case "refresh_after":
                guard let text = string(value, at: path, what: "a duration such as \"30m\", \"6h\" or \"1d\"") else { break }
                if let seconds = RefreshDuration.seconds(text) {
                    config.refreshAfter = seconds
                } else {
                    problem("\"\(TerminalText.sanitize(text))\" is not a duration (90s, 30m, 2h, 1d, or minutes)", at: path, atValue: true)
                }
            case "export": exportSettings(value, at: path, into: &config)
            case "keys": config.keyMap = KeysSection.read(value, at: path, reading: &self)
            case "colors": config.colors = colors(value, at: path)
            default: problem("unknown setting \"\(TerminalText.sanitize(key))\" (\(ConfigDefaults.topLevelNames.joined(separator: ", ")))", at: path)
            }
        }
        return config
    }

    mutating func string(_ value: TOMLValueConvertible, at path: [String], what: String) -> String? {
        guard let text = value.string else {
            problem("expected a string: \(what)", at: path, atValue: true)
            return nil
        }
        return text
    }

    /// A table's entries, or nil (reported) when the value is not a table.
    mutating func table(_ value: TOMLValueConvertible, at path: [String]) -> [(String, TOMLValueConvertible)]? {
        guard let table = value.table else {
            problem("expected a table: [\(path.joined(separator: "."))]", at: path, atValue: true)
            return nil
        }
        return Array(table)
    }

    private mutating func browserCommand(_ value: TOMLValueConvertible, at path: [String]) -> [String]? {
        let words: [String]?
        if let text = value.string {
            words = text.split(separator: " ").map(String.init)
        } else if let array = value.array {
            let strings = array.map { $0.string }
            words = strings.contains(where: { $0 == nil }) ? nil : strings.compactMap { $0 }
        } else {
            words = nil
        }
        guard let words, !words.isEmpty, !words[0].isEmpty else {
            problem("expected a command: \"firefox --new-tab\" or [\"firefox\", \"--new-tab\", \"%s\"]", at: path, atValue: true)
            return nil
        }
        return words
    }

    private mutating func exportSettings(_ value: TOMLValueConvertible, at path: [String], into config: inout UserConfig) {
        guard let entries = table(value, at: path) else { return }
        for (key, value) in entries {
            let here = path + [key]
            switch key {
            case "format":
                let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
                guard let name = string(value, at: here, what: names) else { break }
                if let format = ExportFormat(rawValue: name.lowercased()) {
                    config.exportFormat = format
                } else {
                    problem("\"\(TerminalText.sanitize(name))\" is not an export format (\(names))", at: here, atValue: true)
                }
            case "directory":
                guard let directory = string(value, at: here, what: "a directory") else { break }
                config.exportDirectory = (directory as NSString).expandingTildeInPath
            default:
                problem("unknown setting \"\(TerminalText.sanitize(key))\" in [export] (format, directory)", at: here)
            }
        }
    }

    /// The `[colors]` name for all six track tags at once.
    static let everyTrack = "track"

    private mutating func colors(_ value: TOMLValueConvertible, at path: [String]) -> ColorScheme {
        var scheme = ColorScheme()
        guard let entries = table(value, at: path) else { return scheme }
        var everyTrack: ColorSpec?
        for (key, value) in entries {
            let here = path + [key]
            let slot = ThemeSlot(configName: key)
            guard slot != nil || key == Self.everyTrack else {
                problem("unknown colour role \"\(TerminalText.sanitize(key))\" (\(([Self.everyTrack] + ThemeSlot.allCases.map(\.configName)).joined(separator: ", ")))", at: here)
                continue
            }
            guard let text = string(value, at: here, what: "\"FOREGROUND [BACKGROUND] [ATTRIBUTE…]\", e.g. \"white blue bold\"") else { continue }
            do {
                let spec = try ColorSpec(parsing: text)
                if let slot { scheme.overrides[slot] = spec } else { everyTrack = spec }
            } catch {
                problem(error.description, at: here, atValue: true)
            }
        }
        // `track` colours the six track tags; a line of their own wins.
        if let everyTrack {
            for slot in (0..<6).map({ ThemeSlot.role(StyleRole.track($0)) }) where scheme.overrides[slot] == nil {
                scheme.overrides[slot] = everyTrack
            }
        }
        return scheme
    }
}

import Foundation
import LineupAgenda

/// What the export prompt starts with: the config file's `[export]` format and directory.
public struct ExportDefaults: Hashable, Sendable {
    public var format: ExportFormat
    /// Where the file goes (nil: the current directory).
    public var directory: String?

    public init(format: ExportFormat = .ics, directory: String? = nil) {
        self.format = format
        self.directory = directory
    }
}

/// The export question: a path (edited in place) and a format. The format follows the
/// extension typed, as `lineup export --output` does ("agenda.csv" is CSV); Tab cycles the
/// formats and puts the new format's extension on the path.
public struct ExportPrompt: Hashable, Sendable {
    public static let defaultBaseName = "lineup-agenda"

    /// What will be written: the format of the path's extension, else the last one chosen with
    /// Tab (iCalendar at first).
    public private(set) var format: ExportFormat
    public private(set) var path: LineEditor

    public init(format: ExportFormat = .ics) {
        self.init(defaults: ExportDefaults(format: format))
    }

    /// The prompt as `e` opens it: the default name in the configured directory and format.
    public init(defaults: ExportDefaults) {
        self.format = defaults.format
        let name = Self.defaultPath(for: defaults.format)
        guard let directory = defaults.directory, !directory.isEmpty else {
            self.path = LineEditor(name)
            return
        }
        self.path = LineEditor(directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }

    /// Starts again from a path typed before (after "do not replace" sends the user back).
    public init(path: String, format: ExportFormat) {
        self.format = ExportFormat(fileName: path) ?? format
        self.path = LineEditor(path)
    }

    public static func defaultPath(for format: ExportFormat) -> String {
        "\(defaultBaseName).\(format.fileExtension)"
    }

    /// Tab (Shift-Tab backwards): the next format, with its extension replacing the path's
    /// (or added to a path that has none).
    public mutating func cycleFormat(backwards: Bool = false) {
        let all = ExportFormat.allCases
        let index = all.firstIndex(of: format) ?? 0
        format = all[(index + (backwards ? all.count - 1 : 1)) % all.count]
        path = LineEditor(Self.replacingExtension(of: path.text, with: format.fileExtension))
    }

    public mutating func edit(_ edit: LineEditor.Edit) {
        guard path.apply(edit) else { return }
        if let typed = ExportFormat(fileName: path.text) { format = typed }
    }

    /// "a/agenda.ics" -> "a/agenda.md"; "agenda" -> "agenda.md"; "" -> the default name.
    /// A leading dot (".agenda") is part of the name, not an extension.
    static func replacingExtension(of path: String, with newExtension: String) -> String {
        let trimmed = path.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasSuffix("/") else { return trimmed + "\(defaultBaseName).\(newExtension)" }
        let nameStart = trimmed.lastIndex(of: "/").map { trimmed.index(after: $0) } ?? trimmed.startIndex
        let name = trimmed[nameStart...]
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return String(trimmed[..<dot]) + "." + newExtension
        }
        return trimmed + "." + newExtension
    }
}

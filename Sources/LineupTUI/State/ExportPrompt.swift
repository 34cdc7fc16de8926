import LineupAgenda

/// The export question: a format (Tab cycles) and a path (edited in place). While the path
/// is the default, changing the format changes its extension too.
public struct ExportPrompt: Hashable, Sendable {
    public static let defaultBaseName = "lineup-agenda"

    public var format: ExportFormat
    public var path: LineEditor
    public private(set) var pathIsDefault = true

    public init(format: ExportFormat = .ics) {
        self.format = format
        self.path = LineEditor(Self.defaultPath(for: format))
    }

    public static func defaultPath(for format: ExportFormat) -> String {
        "\(defaultBaseName).\(format.fileExtension)"
    }

    public mutating func cycleFormat(backwards: Bool = false) {
        let all = ExportFormat.allCases
        let index = all.firstIndex(of: format) ?? 0
        format = all[(index + (backwards ? all.count - 1 : 1)) % all.count]
        if pathIsDefault { path = LineEditor(Self.defaultPath(for: format)) }
    }

    public mutating func edit(_ edit: LineEditor.Edit) {
        if path.apply(edit) { pathIsDefault = false }
    }
}

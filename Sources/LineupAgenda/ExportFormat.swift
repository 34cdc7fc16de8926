import Foundation

/// The formats `lineup export` and the browser's export write.
public enum ExportFormat: String, CaseIterable, Sendable {
    case ics, md, csv, json

    /// The file extension, without the dot (the same as the format's name).
    public var fileExtension: String { rawValue }

    /// "iCalendar", "Markdown", "CSV", "JSON".
    public var displayName: String {
        switch self {
        case .ics: return "iCalendar"
        case .md: return "Markdown"
        case .csv: return "CSV"
        case .json: return "JSON"
        }
    }

    /// The format a file name's extension names: "agenda.ics" -> ics, "plan.markdown" -> md,
    /// case-insensitive; nil for other names.
    public init?(fileName name: String) {
        let ext = (name as NSString).pathExtension.lowercased()
        switch ext {
        case "markdown": self = .md
        case "ical", "ifb", "icalendar": self = .ics
        default:
            guard let format = ExportFormat(rawValue: ext) else { return nil }
            self = format
        }
    }

    /// The export of `agenda` in this format. `now` is the iCalendar DTSTAMP; the other
    /// formats do not depend on it.
    public func render(_ agenda: Agenda, now: Date) -> String {
        switch self {
        case .ics: return ICalendarExport.render(agenda, now: now)
        case .md: return MarkdownExport.render(agenda)
        case .csv: return CSVExport.render(agenda)
        case .json: return JSONExport.render(agenda)
        }
    }
}

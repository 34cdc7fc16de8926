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
        render(SharedAgenda(alone: agenda), now: now)
    }

    /// The export with friends' picks beside yours, where the format takes them
    /// (`takesFriendsPicks`); an iCalendar file is your own calendar: it has yours only.
    public func render(_ shared: SharedAgenda, now: Date) -> String {
        switch self {
        case .ics: return ICalendarExport.render(shared.own, now: now)
        case .md: return MarkdownExport.render(shared)
        case .csv: return CSVExport.render(shared)
        case .json: return JSONExport.render(shared)
        }
    }

    /// Whether the export can show friends' picks beside yours (`lineup export --with`):
    /// not an iCalendar file, which a calendar app would take as your own events.
    public var takesFriendsPicks: Bool { self != .ics }
}

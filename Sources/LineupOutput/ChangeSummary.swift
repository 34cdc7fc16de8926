import LineupModel

/// One change as a short phrase for people: "moved from Saal 6, 14:00 to Saal 2, 16:00",
/// "new", "cancelled", "speakers now Ada, Grace (were Ada)". Times are the wall clock where
/// the item happens, with the day when it changed. Not sanitized: callers sanitize.
public enum ChangeSummary {
    public static func text(_ change: ItemChange) -> String {
        guard let after = change.after, let before = change.before else {
            return change.kind == .added ? "new in this update" : "cancelled: gone from this update"
        }
        let main: String
        var covered: Set<ItemChange.Field> = []
        switch change.kind {
        case .added:
            main = "no longer cancelled"
            covered = [.status]
        case .removed:
            main = "cancelled"
            covered = [.status, .title]
        case .moved:
            let withDay = change.fields.contains(.day) || before.localStart?.date != after.localStart?.date
            main = "moved from \(place(before, withDay: withDay)) to \(place(after, withDay: withDay))"
            covered = [.day, .start, .room]
        case .retimed:
            main = "now \(span(after)), was \(span(before))"
            covered = [.duration]
        case .renamed:
            main = "renamed from \u{201C}\(before.title)\u{201D}"
            covered = [.title]
        case .speakers:
            main = "speakers now \(names(after.authors)) (were \(names(before.authors)))"
            covered = [.speakers]
        case .other:
            main = "changed: " + change.fields.map(name).joined(separator: ", ")
            covered = Set(change.fields)
        }
        let rest = change.fields.filter { !covered.contains($0) }.map(name)
        return rest.isEmpty ? main : main + "; also " + rest.joined(separator: ", ")
    }

    /// "Saal 2, 16:00", or "Saal 2, Tue 30 Dec 16:00" with the day.
    static func place(_ talk: Talk, withDay: Bool) -> String {
        var time = talk.localStart?.clock ?? "no time"
        if withDay, let date = talk.localStart?.date { time = ClockText.dayWithoutYear(date) + " " + time }
        return [talk.room, time].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// "14:00-15:30".
    static func span(_ talk: Talk) -> String {
        let start = talk.localStart?.clock ?? "?"
        return talk.localEnd.map { "\(start)-\($0.clock)" } ?? start
    }

    static func names(_ authors: [String]) -> String {
        authors.isEmpty ? "none" : authors.joined(separator: ", ")
    }

    /// The field as a word: "speakers", "duration", "description".
    static func name(_ field: ItemChange.Field) -> String {
        switch field {
        case .status: "status"
        case .day: "day"
        case .start: "time"
        case .room: "room"
        case .duration: "duration"
        case .title: "title"
        case .speakers: "speakers"
        case .subtitle: "subtitle"
        case .abstract: "abstract"
        case .description: "description"
        case .track: "track"
        case .language: "language"
        case .type: "type"
        case .url: "page"
        }
    }
}

extension ScheduleChanges {
    /// "4 changes, 1 to your bookmarks".
    public func summary(isBookmarked: (TalkID) -> Bool) -> String {
        let bookmarked = items.filter { isBookmarked($0.id) || $0.previousID.map(isBookmarked) == true }.count
        return "\(count) change\(count == 1 ? "" : "s"), \(bookmarked) to your bookmarks"
    }
}

import LineupModel

/// Reads frab/pretalx schedule JSON into a `FrabDocument`: version 1,
/// `{"schedule": {"conference": {"days": [{"rooms": {NAME: [event…]}}]}}}`, and the flat
/// "schedule2" shape, `{"schedule": {"conference": {…}, "events": [event…]}}` (ISO start and
/// end, room and track objects, participants, localised texts). Real exports break the
/// schema: keys may be missing, null or of another type (ids as numbers or strings), and
/// extra keys are ignored; what is there is read.
enum FrabJSONReader {
    /// True for a tree of either shape: a "schedule" object holding a "conference" object.
    static func matches(_ root: JSONNode) -> Bool {
        guard let schedule = root["schedule"], schedule.members != nil,
              let conference = schedule["conference"], conference.members != nil else { return false }
        return conference["days"]?.elements != nil || schedule["events"]?.elements != nil
    }

    static func read(_ root: JSONNode, path: String) -> (document: FrabDocument, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var document = FrabDocument()
        guard let schedule = root["schedule"], let conference = schedule["conference"] else { return (document, diagnostics) }
        document.title = conference["title"]?.text
        document.acronym = conference["acronym"]?.text
        document.timeZoneName = conference["time_zone_name"]?.text
        document.dayChange = conference["day_change"]?.text
        let listedRooms = (conference["rooms"]?.elements ?? []).compactMap { $0["name"]?.text ?? $0.text }
        for dayNode in conference["days"]?.elements ?? [] {
            var day = FrabDay(line: dayNode.line)
            day.date = dayNode["date"]?.text.flatMap { LocalDate(iso: String($0.prefix(10))) }
            day.start = dayNode["day_start"]?.text ?? dayNode["start"]?.text
            day.end = dayNode["day_end"]?.text ?? dayNode["end"]?.text
            if dayNode["date"] != nil && day.date == nil {
                diagnostics.append(Diagnostic(.warning, file: path, line: dayNode.line,
                                              "day \"\(dayNode["date"]?.string ?? "")\" is not a date (YYYY-MM-DD)"))
            }
            let dayIndex = document.days.count
            let rooms = dayNode["rooms"]?.members ?? []
            // The day lists its rooms in the conference's room order where it gives one.
            let ordered = rooms.map(\.key).sorted { (listedRooms.firstIndex(of: $0) ?? Int.max) < (listedRooms.firstIndex(of: $1) ?? Int.max) }
            day.rooms = listedRooms.isEmpty ? rooms.map(\.key) : ordered
            document.days.append(day)
            for (roomName, eventsNode) in rooms {
                guard let events = eventsNode.elements else {
                    if !eventsNode.isNull {
                        diagnostics.append(Diagnostic(.warning, file: path, line: eventsNode.line,
                                                      "room \"\(roomName)\" holds no list of events; skipped"))
                    }
                    continue
                }
                for eventNode in events {
                    guard var event = self.event(eventNode, path: path, diagnostics: &diagnostics) else { continue }
                    event.day = dayIndex
                    event.roomWrapper = roomName
                    document.events.append(event)
                }
            }
        }
        for eventNode in schedule["events"]?.elements ?? [] {
            guard let event = self.event(eventNode, path: path, diagnostics: &diagnostics) else { continue }
            document.events.append(event)
        }
        return (document, diagnostics)
    }

    private static func event(_ node: JSONNode, path: String, diagnostics: inout [Diagnostic]) -> FrabEvent? {
        guard node.members != nil else {
            diagnostics.append(Diagnostic(.warning, file: path, line: node.line, "an event that is not an object; skipped"))
            return nil
        }
        var event = FrabEvent(line: node.line)
        event.guid = node["guid"]?.idText
        event.id = node["id"]?.idText ?? node["code"]?.idText
        event.date = node["date"]?.text
        if let start = node["start"]?.text {
            // v1 writes the clock ("11:00") beside `date`; v2 an ISO date-time.
            if start.count > 8 { event.date = event.date ?? start } else { event.start = start }
        }
        event.end = node["end"]?.text
        event.duration = node["duration"]?.text
        event.room = node["room"].flatMap { $0.text ?? $0["name"]?.text }
        event.slug = node["slug"]?.text
        event.url = node["url"]?.text
        event.title = localized(node["title"]) ?? ""
        event.subtitle = localized(node["subtitle"])
        event.track = node["track"].flatMap { $0.text ?? $0["name"]?.text ?? $0["slug"]?.text }
        event.type = node["type"]?.text
        event.language = node["language"]?.text
        event.abstract = localized(node["abstract"]) ?? ""
        event.description = localized(node["description"]) ?? ""
        for person in (node["persons"]?.elements ?? []) + (node["participants"]?.elements ?? []) {
            if let name = person.text ?? person["public_name"]?.text ?? person["full_public_name"]?.text
                ?? person["name"]?.text {
                event.persons.append(name)
            }
        }
        for (key, kind) in [("links", TalkLink.Kind.link), ("attachments", .attachment)] {
            for link in node[key]?.elements ?? [] {
                guard let url = link.text ?? link["url"]?.text ?? link["href"]?.text else { continue }
                event.resources.append(TalkLink(url: url, title: link["title"]?.text, kind: kind))
            }
        }
        if let state = node["state"]?.text?.uppercased(), state == "CANCELED" || state == "CANCELLED" {
            event.cancelled = true
        }
        return event
    }

    /// A text, or a map of texts by language ("en" first, else the first given).
    private static func localized(_ node: JSONNode?) -> String? {
        guard let node else { return nil }
        if let text = node.text { return text }
        guard let members = node.members else { return nil }
        return members.first { $0.key == "en" }?.value.text ?? members.lazy.compactMap(\.value.text).first
    }
}

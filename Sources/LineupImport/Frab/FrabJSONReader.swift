import LineupModel

/// How frab/pretalx schedule JSON states an event (`FrabJSONStreamReader` walks the levels
/// above it): version 1,
/// `{"schedule": {"conference": {"days": [{"rooms": {NAME: [event…]}}]}}}`, and the flat
/// "schedule2" shape, `{"schedule": {"conference": {…}, "events": [event…]}}` (ISO start and
/// end, room and track objects, participants, localised texts). Real exports break the
/// schema: keys may be missing, null or of another type (ids as numbers or strings), and
/// extra keys are ignored; what is there is read.
enum FrabJSONReader {
    /// One event object as a `FrabEvent`; nil, with a warning, when the node is no object.
    static func event(_ node: JSONNode, path: String, diagnostics: inout [Diagnostic]) -> FrabEvent? {
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

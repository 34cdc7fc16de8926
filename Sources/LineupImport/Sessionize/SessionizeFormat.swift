import LineupModel

/// Sessionize's "All data" JSON (`/api/v2/{id}/view/All`): `sessions`, `speakers`, `rooms`,
/// `categories`, `questions`. Times are naive local times (floating); speakers and rooms are
/// referenced by id; category items give the track and tags. Older exports lack some keys
/// (`status`, `liveUrl`…), which are optional here.
enum SessionizeFormat {
    /// A top-level object with a `sessions` array and a `speakers` or `rooms` array.
    static func matches(_ root: JSONNode) -> Bool {
        guard root["sessions"]?.elements != nil else { return false }
        return root["speakers"]?.elements != nil || root["rooms"]?.elements != nil
    }

    static func draft(_ root: JSONNode, file: String) -> (ScheduleDraft, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func warn(_ line: Int?, _ message: String) { diagnostics.append(Diagnostic(.warning, file: file, line: line, message)) }

        var speakerNames: [String: String] = [:]
        for speaker in root["speakers"]?.elements ?? [] {
            guard let id = speaker["id"]?.idText else { continue }
            let full = speaker["fullName"]?.text
                ?? [speaker["firstName"]?.text, speaker["lastName"]?.text].compactMap { $0 }.joined(separator: " ")
            if !full.isEmpty { speakerNames[id] = full }
        }

        var roomNames: [String: String] = [:]
        var roomOrder: [(sort: Double, position: Int, name: String)] = []
        for (position, room) in (root["rooms"]?.elements ?? []).enumerated() {
            guard let id = room["id"]?.idText, let name = room["name"]?.text else { continue }
            roomNames[id] = name
            roomOrder.append((room["sort"]?.number ?? Double(position), position, name))
        }

        /// Category item id -> (category title, item name).
        var categoryItems: [String: (category: String, name: String)] = [:]
        for category in root["categories"]?.elements ?? [] {
            let title = category["title"]?.text ?? ""
            for item in category["items"]?.elements ?? [] {
                guard let id = item["id"]?.idText, let name = item["name"]?.text else { continue }
                categoryItems[id] = (title, name)
            }
        }

        var draft = ScheduleDraft()
        draft.rooms = roomOrder.sorted { ($0.sort, $0.position) < ($1.sort, $1.position) }.map(\.name)
        for session in root["sessions"]?.elements ?? [] {
            let line = session.line
            guard session.members != nil else {
                warn(line, "a session that is not an object; skipped")
                continue
            }
            let id = session["id"]?.idText
            let title = session["title"]?.text ?? ""
            guard let timing = ISOWallTime.timing(start: session["startsAt"]?.string, end: session["endsAt"]?.string) else {
                warn(line, "session \(id ?? "?") \"\(title)\" has no valid startsAt; skipped")
                continue
            }
            var people: [String] = []
            for speaker in session["speakers"]?.elements ?? [] {
                // Current exports list speaker ids; some older ones list {id, name} objects.
                if let id = speaker.idText {
                    if let name = speakerNames[id] { people.append(name) } else { warn(speaker.line, "speaker \(id) is not in \"speakers\"; left out") }
                } else if let name = speaker["name"]?.text {
                    people.append(name)
                }
            }
            var room: String?
            if let roomID = session["roomId"]?.idText {
                room = roomNames[roomID]
                if room == nil { warn(line, "room \(roomID) is not in \"rooms\"; the session has no room") }
            } else if let name = session["room"]?.text {
                room = name
            }
            var track: String?
            var kind: String?
            var tags: [String] = []
            for item in session["categoryItems"]?.elements ?? [] {
                guard let itemID = item.idText, let found = categoryItems[itemID] else { continue }
                tags.append(found.name)
                let category = found.category.lowercased()
                if kind == nil, category.contains("format") || category.contains("type") || category.contains("length") {
                    kind = found.name
                } else if track == nil, category.contains("track") || category.contains("topic") {
                    track = found.name
                }
            }
            if track == nil, let first = tags.first(where: { $0 != kind }) { track = first }
            let isService = session["isServiceSession"]?.bool == true
            if kind == nil { kind = isService ? "service" : (session["isPlenumSession"]?.bool == true ? "plenary" : "talk") }
            var resources: [(url: String, title: String?)] = []
            if let live = session["liveUrl"]?.text { resources.append((live, "Live stream")) }
            if let recording = session["recordingUrl"]?.text { resources.append((recording, "Recording")) }
            let status = session["status"]?.text?.lowercased()
            draft.items.append(ItemDraft(
                line: line, sourceID: id, title: title, people: people, kind: kind,
                abstract: session["description"]?.text ?? "", room: room, track: track, tags: tags,
                resources: resources, cancelled: status == "cancelled" || status == "declined", timing: timing))
        }
        return (draft, diagnostics)
    }
}

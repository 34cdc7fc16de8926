import Foundation
import LineupModel

/// MiniConf, the virtual-conference site software (ICLR, ACL, EMNLP, EACL…), whose data files
/// differ from site to site; read by shape, never by name:
/// - a calendar (`main_calendar.json`): an array of entries with `title`, `start`, `end`
///   (ISO with offsets), `location`, `link`, `calendarId`;
/// - papers (`papers.json`): an object keyed by paper id of OpenReview records (`content` with
///   `title`, `authors`, `abstract`, `keywords`, `TL;DR`), or an array of paper objects: untimed;
/// - an ACL `conference.json`: `sessions` holding `events` holding `paper_ids`, plus `papers`,
///   `plenaries`, `tutorials`, `workshops`; every presentation of a paper is a timed item;
///   plenaries, tutorials and workshops without times of their own take their session's;
/// - a booklet (`booklet_data.json`): arrays `plenaries`, `tutorials`, `workshops`,
///   `social_events` with naive `start_time`/`end_time`.
enum MiniConfFormat {
    enum Shape { case calendar, papers, conference, booklet }

    static let bookletCollections = [("plenaries", "plenary"), ("tutorials", "tutorial"),
                                     ("workshops", "workshop"), ("social_events", "social")]

    static func shape(of root: JSONNode) -> Shape? {
        if let elements = root.elements {
            guard let first = elements.first(where: { $0.members != nil }) else { return nil }
            if first["start"] != nil, first["title"] != nil { return .calendar }
            if first["title"] != nil, first["authors"] != nil || first["abstract"] != nil { return .papers }
            return nil
        }
        guard let members = root.members else { return nil }
        if root["sessions"]?.members != nil, root["papers"]?.members != nil || root["events"]?.members != nil {
            return .conference
        }
        if bookletCollections.contains(where: { root[$0.0]?.elements?.first?["start_time"] != nil }) { return .booklet }
        if let first = members.first?.value, first["content"]?["title"] != nil { return .papers }
        return nil
    }

    static func draft(_ root: JSONNode, shape: Shape, file: String) -> (ScheduleDraft, [Diagnostic]) {
        var reader = Reader(file: file)
        switch shape {
        case .calendar: reader.readCalendar(root)
        case .papers: reader.readPapers(root)
        case .conference: reader.readConference(root)
        case .booklet: reader.readBooklet(root)
        }
        return (reader.draft, reader.diagnostics)
    }

    private struct Reader {
        let file: String
        var draft = ScheduleDraft()
        var diagnostics: [Diagnostic] = []

        init(file: String) { self.file = file }

        mutating func warn(_ line: Int?, _ message: String) {
            diagnostics.append(Diagnostic(.warning, file: file, line: line, message))
        }

        // MARK: Calendar

        mutating func readCalendar(_ root: JSONNode) {
            for entry in root.elements ?? [] {
                guard entry.members != nil else { continue }
                let title = entry["title"]?.text ?? ""
                guard let timing = ISOWallTime.timing(start: entry["start"]?.string, end: entry["end"]?.string) else {
                    warn(entry.line, "calendar entry \"\(title)\" has no valid start; skipped")
                    continue
                }
                let link = entry["link"]?.text
                let location = entry["location"]?.text
                // A location that is a page link is the entry's link, not a room.
                let room = location.flatMap { Self.looksLikeLink($0) ? nil : $0 }
                let calendarID = entry["calendarId"]?.text
                let kind = calendarID.flatMap { $0.allSatisfy { $0 == "-" } ? nil : $0 }
                draft.items.append(ItemDraft(
                    line: entry.line, sourceID: entry["id"]?.idText, title: title, kind: kind, room: room,
                    url: link ?? location.flatMap { Self.looksLikeLink($0) ? $0 : nil }, timing: timing))
            }
        }

        static func looksLikeLink(_ text: String) -> Bool {
            text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasSuffix(".html") || text.contains("/")
        }

        // MARK: Papers

        mutating func readPapers(_ root: JSONNode) {
            let records: [(key: String?, value: JSONNode)] = root.members.map { $0.map { ($0.key, $0.value) } }
                ?? (root.elements ?? []).map { (nil, $0) }
            for (key, record) in records {
                let content = record["content"] ?? record
                guard let title = content["title"]?.text else {
                    warn(record.line, "a paper without a title; skipped")
                    continue
                }
                let id = record["id"]?.idText ?? record["UID"]?.idText ?? key
                let authors = Self.names(content["authors"])
                let tldr = content["TL;DR"]?.text ?? content["tldr"]?.text ?? content["TLDR"]?.text
                var item = ItemDraft(line: record.line, sourceID: id, title: title, people: authors, kind: "paper",
                                     abstract: content["abstract"]?.text ?? "", tags: Self.names(content["keywords"]),
                                     timing: .untimed)
                item.subtitle = tldr
                item.track = content["track"]?.text
                item.url = content["url"]?.text ?? content["paper_pdf"]?.text
                draft.items.append(item)
            }
        }

        /// Names from an array of strings, a "A|B" or "A, B" string, or an array of
        /// {full_name}/{name} objects.
        static func names(_ node: JSONNode?) -> [String] {
            guard let node else { return [] }
            if let text = node.text { return splitNames(text) }
            return (node.elements ?? []).flatMap { element -> [String] in
                if let text = element.text { return splitNames(text) }
                return (element["full_name"]?.text ?? element["name"]?.text).map { [$0] } ?? []
            }
        }

        /// "A, B and C" or "A|B" as ["A", "B", "C"].
        static func splitNames(_ text: String) -> [String] {
            let separator: Character = text.contains("|") ? "|" : ","
            return text.split(separator: separator)
                .flatMap { $0.components(separatedBy: " and ") }
                .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }

        // MARK: ACL conference.json

        mutating func readConference(_ root: JSONNode) {
            let papers = Dictionary((root["papers"]?.members ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let events = Dictionary((root["events"]?.members ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            var placed: Set<String> = []
            for (sessionKey, session) in root["sessions"]?.members ?? [] {
                let title = session["display_name"]?.text ?? session["name"]?.text ?? sessionKey
                let sessionTiming = ISOWallTime.timing(start: session["start_time"]?.string, end: session["end_time"]?.string)
                if sessionTiming == nil { warn(session.line, "session \"\(title)\" has no valid start_time") }
                var indices: [Int] = []
                for (eventKey, listed) in session["events"]?.members ?? [] {
                    let event = listed.members != nil ? listed : (events[eventKey] ?? listed)
                    let timing = ISOWallTime.timing(start: event["start_time"]?.string, end: event["end_time"]?.string)
                        ?? sessionTiming
                    guard let timing else {
                        warn(event.line, "event \"\(eventKey)\" has no time and its session none either; skipped")
                        continue
                    }
                    let room = event["room"]?.text
                    let paperIDs = event["paper_ids"]?.elements?.compactMap(\.idText) ?? []
                    if paperIDs.isEmpty {
                        placed.insert("event:" + eventKey)
                        indices.append(draft.items.count)
                        // Some events name themselves only by a slug ("event_session"): their session's title is theirs.
                        let named = event["title"]?.text ?? event["session"]?.text
                        let isSlug = named.map { !$0.contains(" ") && $0.contains("_") } ?? true
                        var item = ItemDraft(
                            line: event.line, sourceID: event["id"]?.idText ?? eventKey,
                            title: isSlug ? title : (named ?? title),
                            kind: event["type"]?.text, room: room, track: event["track"]?.text,
                            url: event["link"]?.text, timing: timing)
                        item.idKey = sessionKey + "/" + eventKey
                        draft.items.append(item)
                        continue
                    }
                    for paperID in paperIDs {
                        guard let paper = papers[paperID] else {
                            warn(event.line, "paper \(paperID) of event \"\(eventKey)\" is not in \"papers\"; left out")
                            continue
                        }
                        placed.insert("paper:" + paperID)
                        indices.append(draft.items.count)
                        var item = paperItem(paper, id: paperID, timing: timing)
                        item.room = room ?? item.room
                        item.idKey = paperID + "@" + eventKey
                        draft.items.append(item)
                    }
                }
                for (collection, kind) in [("plenary_events", "plenary"), ("tutorial_events", "tutorial"), ("workshop_events", "workshop")] {
                    for (key, event) in session[collection]?.members ?? [] {
                        let timing = ISOWallTime.timing(start: event["start_time"]?.string, end: event["end_time"]?.string)
                            ?? sessionTiming
                        guard let timing else { continue }
                        placed.insert(kind + ":" + key)
                        indices.append(draft.items.count)
                        draft.items.append(programmeItem(event, key: key, kind: kind, timing: timing))
                    }
                }
                draft.sessions.append(SessionDraft(
                    line: session.line, sourceID: sessionKey, title: title,
                    room: nil, timing: sessionTiming ?? .untimed, itemIndices: indices))
            }
            // What no session places: programme entries with their own times (else untimed), papers untimed.
            for (collection, kind) in [("plenaries", "plenary"), ("tutorials", "tutorial"), ("workshops", "workshop")] {
                for (key, event) in root[collection]?.members ?? [] where !placed.contains(kind + ":" + key) {
                    let timing = ISOWallTime.timing(start: event["start_time"]?.string, end: event["end_time"]?.string)
                    if timing == nil { warn(event.line, "\(kind) \"\(key)\" is in no session and has no time; listed untimed") }
                    draft.items.append(programmeItem(event, key: key, kind: kind, timing: timing ?? .untimed))
                }
            }
            for (key, paper) in root["papers"]?.members ?? [] where !placed.contains("paper:" + key) {
                draft.items.append(paperItem(paper, id: key, timing: .untimed))
            }
        }

        func paperItem(_ paper: JSONNode, id: String, timing: ItemTiming) -> ItemDraft {
            var item = ItemDraft(line: paper.line, sourceID: paper["id"]?.idText ?? id, title: paper["title"]?.text ?? "",
                                 people: Self.names(paper["authors"]), kind: paper["paper_type"]?.text ?? "paper",
                                 abstract: paper["abstract"]?.text ?? "", track: paper["track"]?.text,
                                 tags: Self.names(paper["keywords"]), timing: timing)
            item.subtitle = paper["tldr"]?.text
            item.url = paper["anthology_url"]?.text ?? paper["paper_pdf"]?.text
            return item
        }

        func programmeItem(_ event: JSONNode, key: String, kind: String, timing: ItemTiming) -> ItemDraft {
            var people = Self.names(event["presenter"]) + Self.names(event["organizers"])
            if people.isEmpty { people = Self.names(event["committee"]) }
            let title = event["title"]?.text ?? event["description"]?.text ?? key
            var item = ItemDraft(line: event.line, sourceID: event["id"]?.idText ?? key, title: title, people: people,
                                 kind: kind, abstract: event["abstract"]?.text ?? event["description"]?.text ?? "",
                                 room: event["room"]?.text, track: event["track"]?.text,
                                 url: event["workshop_site_url"]?.text ?? event["anthology_url"]?.text ?? event["link"]?.text,
                                 timing: timing)
            if let bio = event["bio"]?.text, bio != "TBD" { item.description = bio }
            return item
        }

        // MARK: Booklet

        mutating func readBooklet(_ root: JSONNode) {
            for (collection, kind) in MiniConfFormat.bookletCollections {
                for entry in root[collection]?.elements ?? [] {
                    let title = entry["title"]?.text ?? ""
                    let end = entry["end_time"]?.text.flatMap { $0 == "None" ? nil : $0 }
                    guard let timing = ISOWallTime.timing(start: entry["start_time"]?.string, end: end) else {
                        warn(entry.line, "\(kind) \"\(title)\" has no valid start_time; skipped")
                        continue
                    }
                    let people = Self.names(entry["speaker_name"]) + Self.names(entry["hosts"]) + Self.names(entry["chair"])
                    var item = ItemDraft(line: entry.line, sourceID: entry["id"]?.idText, title: title, people: people,
                                         kind: kind, abstract: entry["desc"]?.text ?? "",
                                         room: entry["location"]?.text, url: entry["url"]?.text, timing: timing)
                    if let bio = entry["bio"]?.text { item.description = bio }
                    draft.items.append(item)
                }
            }
        }
    }
}

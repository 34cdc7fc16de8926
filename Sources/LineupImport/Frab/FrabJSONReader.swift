import Foundation
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
        guard let members = node.members else {
            diagnostics.append(Diagnostic(.warning, file: path, line: node.line, "an event that is not an object; skipped"))
            return nil
        }
        var fields = EventFields()
        for member in members { fields.take(member.key, member.value) }
        return event(fields, line: node.line)
    }

    /// The event whose members are `fields`, starting on `line`.
    static func event(_ fields: EventFields, line: Int) -> FrabEvent {
        var event = FrabEvent(line: line)
        event.guid = fields.guid?.idText
        event.id = fields.id?.idText ?? fields.code?.idText
        event.date = fields.date?.text
        if let start = fields.start?.text {
            // v1 writes the clock ("11:00") beside `date`; v2 an ISO date-time.
            if start.count > 8 { event.date = event.date ?? start } else { event.start = start }
        }
        event.end = fields.end?.text
        event.duration = fields.duration?.text
        event.room = fields.room.flatMap { $0.text ?? $0["name"]?.text }
        event.slug = fields.slug?.text
        event.url = fields.url?.text
        event.title = localized(fields.title) ?? ""
        event.subtitle = localized(fields.subtitle)
        event.track = fields.track.flatMap { $0.text ?? $0["name"]?.text ?? $0["slug"]?.text }
        event.type = fields.type?.text
        event.language = fields.language?.text
        event.abstract = localized(fields.abstract) ?? ""
        event.description = localized(fields.description) ?? ""
        func addPeople(_ list: JSONNode?) {
            for person in list?.elements ?? [] {
                if let name = person.text ?? person["public_name"]?.text ?? person["full_public_name"]?.text
                    ?? person["name"]?.text {
                    event.persons.append(name)
                }
            }
        }
        func addResources(_ list: JSONNode?, kind: TalkLink.Kind) {
            for link in list?.elements ?? [] {
                guard let url = link.text ?? link["url"]?.text ?? link["href"]?.text else { continue }
                event.resources.append(TalkLink(url: url, title: link["title"]?.text, kind: kind))
            }
        }
        addPeople(fields.persons)
        addPeople(fields.participants)
        addResources(fields.links, kind: .link)
        addResources(fields.attachments, kind: .attachment)
        if let state = fields.state?.text?.uppercased(), state == "CANCELED" || state == "CANCELLED" {
            event.cancelled = true
        }
        return event
    }

    /// The members an event is read from, each the first of its key (as `JSONNode`'s subscript
    /// would find it), taken in one pass over the object rather than one search per key (or
    /// member by member as the object is read, with no tree of it).
    struct EventFields {
        var guid, id, code, date, start, end, duration, room, slug, url, title, subtitle: JSONNode?
        var track, type, language, abstract, description, persons, participants, links, attachments, state: JSONNode?

        mutating func take(_ key: String, _ value: JSONNode) {
            func first(_ field: inout JSONNode?) { if field == nil { field = value } }
            // Told apart by their bytes: comparing Strings that differ takes Unicode's slow path.
            var key = key
            guard let name = key.withUTF8(Name.init) else { return }
            switch name {
            case .guid: first(&guid)
            case .id: first(&id)
            case .code: first(&code)
            case .date: first(&date)
            case .start: first(&start)
            case .end: first(&end)
            case .duration: first(&duration)
            case .room: first(&room)
            case .slug: first(&slug)
            case .url: first(&url)
            case .title: first(&title)
            case .subtitle: first(&subtitle)
            case .track: first(&track)
            case .type: first(&type)
            case .language: first(&language)
            case .abstract: first(&abstract)
            case .description: first(&description)
            case .persons: first(&persons)
            case .participants: first(&participants)
            case .links: first(&links)
            case .attachments: first(&attachments)
            case .state: first(&state)
            }
        }

        /// The keys read, from their UTF-8 bytes; nil for any other key.
        enum Name {
            case guid, id, code, date, start, end, duration, room, slug, url, title, subtitle
            case track, type, language, abstract, description, persons, participants, links, attachments, state

            init?(_ bytes: UnsafeBufferPointer<UInt8>) {
                func `is`(_ word: StaticString) -> Bool {
                    word.utf8CodeUnitCount == bytes.count && memcmp(word.utf8Start, bytes.baseAddress!, bytes.count) == 0
                }
                switch bytes.count {
                case 2: if `is`("id") { self = .id } else { return nil }
                case 3: if `is`("end") { self = .end } else if `is`("url") { self = .url } else { return nil }
                case 4:
                    if `is`("guid") { self = .guid } else if `is`("date") { self = .date } else if `is`("room") { self = .room }
                    else if `is`("type") { self = .type } else if `is`("slug") { self = .slug } else if `is`("code") { self = .code }
                    else { return nil }
                case 5:
                    if `is`("start") { self = .start } else if `is`("title") { self = .title } else if `is`("track") { self = .track }
                    else if `is`("links") { self = .links } else if `is`("state") { self = .state } else { return nil }
                case 7: if `is`("persons") { self = .persons } else { return nil }
                case 8:
                    if `is`("duration") { self = .duration } else if `is`("subtitle") { self = .subtitle }
                    else if `is`("language") { self = .language } else if `is`("abstract") { self = .abstract } else { return nil }
                case 11: if `is`("description") { self = .description } else if `is`("attachments") { self = .attachments } else { return nil }
                case 12: if `is`("participants") { self = .participants } else { return nil }
                default: return nil
                }
            }
        }
    }

    /// A text, or a map of texts by language ("en" first, else the first given).
    private static func localized(_ node: JSONNode?) -> String? {
        guard let node else { return nil }
        if let text = node.text { return text }
        guard let members = node.members else { return nil }
        return members.first { $0.key == "en" }?.value.text ?? members.lazy.compactMap(\.value.text).first
    }
}

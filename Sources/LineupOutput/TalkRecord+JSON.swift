import LineupModel
import Foundation

extension TalkRecord {
    /// The items as the JSON array `lineup list --json` prints: pretty-printed, keys sorted
    /// (Foundation's encoder does not keep the declared order, so sorting makes it stable), slashes
    /// unescaped, safe for a terminal (`TerminalText.escapingJSON`).
    /// `schedule` gives each item's conference (the name of its source).
    public static func json(_ talks: [Talk], in schedule: Schedule) throws -> String {
        let conferences = schedule.conferenceNames
        return try encode(talks.map { TalkRecord($0, conference: conferences[$0.source]) })
    }

    /// One item as the JSON object `lineup show --json` prints.
    public static func json(_ talk: Talk, in schedule: Schedule) throws -> String {
        try encode(TalkRecord(talk, conference: schedule.source(named: talk.source)?.name))
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalText.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

extension Schedule {
    /// Source file name -> the conference or listing it is (the first source of a name wins).
    public var conferenceNames: [String: String] {
        var names: [String: String] = [:]
        for source in sources where names[source.fileName] == nil { names[source.fileName] = source.name }
        return names
    }
}

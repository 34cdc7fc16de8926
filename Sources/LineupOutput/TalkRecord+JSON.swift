import LineupModel
import Foundation

extension TalkRecord {
    /// The items as the JSON array `lineup list --json` prints: pretty-printed, keys sorted
    /// (Foundation's encoder does not keep the declared order, so sorting makes it stable), slashes
    /// unescaped, safe for a terminal (`TerminalText.escapingJSON`).
    public static func json(_ talks: [Talk]) throws -> String {
        try encode(talks.map(TalkRecord.init))
    }

    /// One item as the JSON object `lineup show --json` prints.
    public static func json(_ talk: Talk) throws -> String {
        try encode(TalkRecord(talk))
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalText.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

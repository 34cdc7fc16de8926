import ArgumentParser
import Foundation
import LineupAgenda
import LineupModel

/// `lineup bookmark friends [--json]`.
struct BookmarkFriendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "friends",
        abstract: "List whose picks are kept, with how many.",
        discussion: "Picks come from `lineup bookmark import FILE --as NAME`; `lineup bookmark forget NAME` removes them.")

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Flag(help: "Print a JSON array of {name, picks, missing, source, imported, ids}.")
    var json = false

    struct Record: Encodable {
        var name: String
        var picks: Int
        var missing: Int
        var source: String
        var imported: String
        var ids: [String]
    }

    func run() throws {
        let set = try bookmarkOptions.picksStore.load()
        for notice in set.notices { Console.error("warning: " + TerminalText.sanitize(notice)) }
        let loaded = try data.load()
        let records = set.friends.map { friend in
            Record(name: friend.name, picks: friend.picks.count,
                   missing: friend.picks.filter { loaded.schedule.talk($0.id) == nil }.count,
                   source: friend.source, imported: ISOInstant.format(friend.imported), ids: friend.picks.map(\.id.rawValue))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try Console.output(TerminalText.escapingJSON(String(decoding: try encoder.encode(records), as: UTF8.self)))
        } else if records.isEmpty {
            try Console.output("No friends' picks (`lineup bookmark import FILE --as NAME` adds some).")
        } else {
            for record in records {
                let missing = record.missing > 0 ? ", \(record.missing) not in the loaded data" : ""
                try Console.output("\(TerminalText.sanitize(record.name))  \(record.picks) pick\(record.picks == 1 ? "" : "s")\(missing)  (from \(TerminalText.sanitize(record.source)), \(record.imported))")
            }
        }
        try loaded.finish()
    }
}

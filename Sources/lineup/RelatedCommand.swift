import ArgumentParser
import Foundation
import LineupModel
import LineupOutput
import LineupSearch

/// `lineup related ID [--json] [-n N]`: the items most like one item, as the browser's
/// details pane lists them.
struct RelatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "List the items most similar to one item.",
        discussion: """
            Similarity is the cosine of TF-IDF vectors over title and abstract (title words \
            weigh three times as much; words found in nearly every item weigh nothing), plus \
            0.2 for each author the two items share. Best first; an item with nothing in \
            common is not listed.
            """)

    @OptionGroup var data: DataOptions

    @Argument(help: "The item's id (a unique beginning is enough).", completion: IDCompletion.kind)
    var id: String

    @Option(name: .short, help: "How many items to list.")
    var n = 5

    @Flag(help: "Print a JSON array: the keys of `lineup list --json`, plus score and sharedAuthors.")
    var json = false

    func validate() throws {
        guard n >= 1 else { throw ValidationError("-n must be at least 1") }
    }

    func run() throws {
        let loaded = try data.load()
        let schedule = loaded.schedule
        let talk = try ShowCommand.find(id, in: schedule)
        let index = SearchIndex(schedule: schedule, cores: ProcessInfo.processInfo.activeProcessorCount)
        let related = index.related(to: talk.id, limit: n).compactMap { item -> (talk: Talk, score: Double, sharedAuthors: Int)? in
            guard schedule.talks.indices.contains(item.position) else { return nil }
            return (schedule.talks[item.position], item.score, item.sharedAuthors)
        }
        if json {
            try Console.output(try RelatedRecord.json(related, in: schedule))
        } else if related.isEmpty {
            try Console.output("No item is related to \(TerminalText.sanitize(talk.id.rawValue)).")
        } else {
            try Console.output(RelatedRecord.table(related))
        }
        try loaded.finish()
    }
}

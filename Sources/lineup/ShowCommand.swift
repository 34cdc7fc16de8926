import ArgumentParser
import LineupModel

/// `lineup show ID [--json]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one item in full.",
        discussion: "ID is the item's id as `lineup list` prints it; a unique beginning of it is enough.")

    @OptionGroup var data: DataOptions

    @Argument(help: "The item's id.")
    var id: String

    @Flag(help: "Print the item as a JSON object (the keys of `lineup list --json`).")
    var json = false

    func run() throws {
        let loaded = try data.load()
        let schedule = loaded.schedule
        let talk = try Self.find(id, in: schedule)
        try Console.output(json ? try TalkRecord.json(talk, in: schedule) : TalkDetail.render(talk, in: schedule))
        try loaded.finish()
    }

    /// The item with exactly this id, else the only one whose id starts with it.
    static func find(_ id: String, in schedule: Schedule) throws -> Talk {
        if let talk = schedule.talk(TalkID(id)) { return talk }
        let matches = id.isEmpty ? [] : schedule.talks.filter { $0.id.rawValue.hasPrefix(id) }
        guard matches.count == 1, let only = matches.first else {
            let shown = TerminalText.sanitize(id)
            throw CommandFailure(matches.isEmpty
                ? "no item has the id \"\(shown)\" (`lineup list` shows ids)"
                : "\"\(shown)\" begins \(matches.count) ids; give more of it")
        }
        return only
    }
}

import LineupOutput
import ArgumentParser
import LineupModel

/// `lineup show ID [--json]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one item in full.",
        discussion: "ID is the item's id as `lineup list` prints it, in any case; a unique beginning of it is enough.")

    @OptionGroup var data: DataOptions

    @Argument(help: "The item's id.", completion: IDCompletion.kind)
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

    /// How many of the items an ambiguous id begins are listed.
    static let candidatesShown = 10

    /// The item with exactly this id, else the only one whose id starts with it, ignoring case
    /// ("TC9D7095" finds tc9d7095c27cc3f17). An id that begins several is an error listing
    /// the first ten with their titles.
    static func find(_ id: String, in schedule: Schedule) throws -> Talk {
        if let talk = schedule.talk(TalkID(id)) { return talk }
        let matches = TalkID.named(by: id, among: schedule.talks.lazy.map(\.id)).compactMap { schedule.talk($0) }
        guard matches.count == 1, let only = matches.first else {
            let shown = TerminalText.sanitize(id)
            guard !matches.isEmpty else {
                throw CommandFailure("no item has the id \"\(shown)\" (`lineup list` shows ids)")
            }
            let listed = matches.prefix(candidatesShown).map { talk in
                "  \(TerminalText.sanitize(talk.id.rawValue))  \(TerminalText.sanitize(talk.title))"
            }
            let more = matches.count > candidatesShown ? ["  … and \(matches.count - candidatesShown) more"] : []
            throw CommandFailure((["\"\(shown)\" begins \(matches.count) ids; give more of it:"] + listed + more)
                .joined(separator: "\n"))
        }
        return only
    }
}

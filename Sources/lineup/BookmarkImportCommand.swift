import ArgumentParser
import Foundation
import LineupAgenda
import LineupFiles
import LineupModel

/// `lineup bookmark import FILE (--as NAME | --merge)`.
struct BookmarkImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import someone's bookmarks as their picks, or into your own bookmarks.",
        discussion: """
            FILE is another person's bookmarks.json, or an .ics agenda Lineup exported. With \
            --as NAME they are kept as NAME's picks in a file beside your bookmarks (the \
            bookmark file's name with .friends.json in place of .json), replacing NAME's \
            earlier picks; your own bookmarks are not changed. With --merge they are added to \
            your own bookmarks instead (those you have keep their notes). Items that are not \
            in the loaded data are kept, and listed.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Argument(help: "A Lineup bookmark file or an .ics agenda exported by Lineup.", completion: .file())
    var file: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Whose picks these are.", valueName: "name"))
    var name: String?

    @Flag(help: "Add them to your own bookmarks instead of keeping them as someone's picks.")
    var merge = false

    func validate() throws {
        if merge && name != nil { throw ValidationError("--as and --merge cannot be used together") }
        if !merge && (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("say whose picks these are with --as NAME (or add them to your own with --merge)")
        }
        if let name, FriendPicks.key(name) == PicksSet.everyone {
            throw ValidationError("\"\(PicksSet.everyone)\" stands for every friend (`lineup export --with all`); choose another name")
        }
    }

    func run() throws {
        let loaded = try data.load()
        guard let (bytes, _) = try FileContents.readRegularFile(file, naming: file, limit: PicksStore.sizeLimit) else {
            throw CommandFailure("\(TerminalText.sanitize(file)): no such file")
        }
        let read: (picks: [Bookmark], warnings: [String])
        do {
            read = try PicksImport.read(bytes, fileName: file, talks: loaded.schedule.talks, now: Date())
        } catch {
            throw CommandFailure(TerminalText.sanitize(error.description))
        }
        for warning in read.warnings { Console.error(TerminalText.sanitize(warning)) }
        let missing = read.picks.filter { loaded.schedule.talk($0.id) == nil }
        if merge {
            let store = bookmarkOptions.store
            let (set, added) = try store.merge(read.picks)
            BookmarkOptions.report(set)
            try Console.output("bookmarked \(added) of the \(read.picks.count) items of \(TerminalText.sanitize(file))"
                + (added < read.picks.count ? " (the others were bookmarked already)" : ""))
        } else {
            let store = bookmarkOptions.picksStore
            let friend = name ?? ""
            let set = try store.setPicks(read.picks, of: friend, source: (file as NSString).lastPathComponent)
            for notice in set.notices { Console.error("warning: " + TerminalText.sanitize(notice)) }
            try Console.output("kept \(read.picks.count) pick\(read.picks.count == 1 ? "" : "s") of "
                + "\(TerminalText.sanitize(friend.trimmingCharacters(in: .whitespacesAndNewlines))) in \(TerminalText.sanitize(store.path))")
        }
        if !missing.isEmpty {
            try Console.output("\(missing.count) not in the loaded data (kept):")
            for pick in missing {
                try Console.output("  \(TerminalText.sanitize(pick.id.rawValue))  \(TerminalText.sanitize(pick.title))")
            }
        }
        try loaded.finish()
    }
}

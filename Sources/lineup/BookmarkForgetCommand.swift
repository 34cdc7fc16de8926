import ArgumentParser
import LineupAgenda
import LineupModel

/// `lineup bookmark forget NAME`.
struct BookmarkForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove a friend's picks.",
        discussion: "NAME matches without regard to case. Your own bookmarks are not changed.")

    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Argument(help: "Whose picks to remove.", completion: FriendCompletion.names)
    var name: String

    func run() throws {
        let store = bookmarkOptions.picksStore
        guard let friend = try store.load().friend(name) else {
            throw CommandFailure("no picks of \"\(TerminalText.sanitize(name))\" are kept (`lineup bookmark friends` lists them)")
        }
        let (set, forgotten) = try store.forget(name)
        for notice in set.notices { Console.error("warning: " + TerminalText.sanitize(notice)) }
        guard forgotten else {
            throw CommandFailure("no picks of \"\(TerminalText.sanitize(name))\" are kept (`lineup bookmark friends` lists them)")
        }
        try Console.output("forgot \(TerminalText.sanitize(friend.name))'s \(friend.picks.count) pick\(friend.picks.count == 1 ? "" : "s")")
    }
}

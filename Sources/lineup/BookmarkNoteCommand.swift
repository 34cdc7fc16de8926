import ArgumentParser
import LineupAgenda
import LineupModel

/// `lineup bookmark note ID [TEXT...]`.
struct BookmarkNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Set or clear the note of a bookmark.",
        discussion: """
            With TEXT (its words are joined with spaces) the note is set, bookmarking the item \
            first if it is not bookmarked yet. Without TEXT, or with only blanks, the note is \
            cleared and the bookmark kept. ID is a bookmarked id (the item may be missing from \
            the loaded data) or an item's id; a unique beginning is enough.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Argument(help: "The id of the bookmark or item.", completion: IDCompletion.kind)
    var id: String

    @Argument(help: ArgumentHelp("The note (put -- before it when it starts with '-').", valueName: "text"))
    var text: [String] = []

    func run() throws {
        let loaded = try data.load()
        let current = try bookmarkOptions.load()
        let note = text.joined(separator: " ")
        let store = bookmarkOptions.store
        let set: BookmarkSet
        let id: TalkID
        if let bookmarked = try BookmarkOptions.bookmarkedID(self.id, in: current) {
            id = bookmarked
            set = try store.setNote(note, for: id)
        } else {
            let talk: Talk
            do {
                talk = try ShowCommand.find(self.id, in: loaded.schedule)
            } catch {
                throw CommandFailure("\(error)\nno note was set")
            }
            guard Bookmark.normalized(note) != nil else {
                throw CommandFailure("\(talk.id) is not bookmarked, so it has no note to clear")
            }
            id = talk.id
            set = try store.add([talk], note: note)
        }
        BookmarkOptions.report(set)
        let shown = TerminalText.sanitize(id.rawValue)
        let title = set.bookmark(id).map { "  " + TerminalText.sanitize($0.title) } ?? ""
        try Console.output(set.bookmark(id)?.note == nil ? "note cleared on \(shown)\(title)" : "note set on \(shown)\(title)")
        try loaded.finish()
    }
}

import ArgumentParser
import LineupModel
import LineupTUI

/// `lineup open ID`: the item's page in the web browser, as `o` in the browser.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open an item's page in the web browser.",
        discussion: """
            The page is the item's url, else its first link. It opens with $BROWSER, else \
            the config file's browser, else xdg-open (open on macOS), given the link as one argument, never through a shell. \
            Only http and https links are opened.
            """)

    @OptionGroup var data: DataOptions

    @Argument(help: "The item's id (a unique beginning is enough).", completion: IDCompletion.kind)
    var id: String

    func run() throws {
        let loaded = try data.load()
        let talk = try ShowCommand.find(id, in: loaded.schedule)
        guard let link = talk.pageLink else {
            throw CommandFailure("\(talk.id) has no link")
        }
        let opener = LinkOpener(configured: try UserSettings.load().browser)
        do {
            try opener.open(link)
        } catch {
            throw CommandFailure(error.description)
        }
        try Console.output("opened \(TerminalText.sanitize(link))")
        try loaded.finish()
    }
}

import ArgumentParser
import LineupModel
import LineupSources

/// `lineup sources remove NAME`: ends a subscription; its cached copies stay.
struct SourcesRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Unsubscribe from a source (by name or URL).")

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("The source's name or URL.", valueName: "name"))
    var name: String

    func run() throws {
        let removed: Subscription?
        do {
            removed = try data.sourceList.remove(name)
        } catch {
            throw CommandFailure(TerminalText.sanitize(error.description))
        }
        guard let removed else { throw CommandFailure("no source named \"\(TerminalText.sanitize(name))\"") }
        try Console.output(TerminalText.sanitize("Unsubscribed from \(removed.name) (\(removed.url)); its cached copies stay in \(data.cache.directory(for: removed.url))"))
    }
}

import ArgumentParser
import LineupModel
import LineupSources

/// `lineup sources add URL [--name NAME]`: subscribes, then fetches the first copy (unless
/// --offline). A failed first fetch keeps the subscription and says why.
struct SourcesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Subscribe to the schedule at a URL and fetch it.")

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("The schedule's http or https URL.", valueName: "url"))
    var url: String

    @Option(help: ArgumentHelp("The name to call it by (default: the URL's host).", valueName: "name"))
    var name: String?

    func validate() throws {
        guard RemoteSource.isURL(url) else { throw ValidationError("\(url) is not an http or https URL") }
        if let name, name.isEmpty || RemoteSource.isURL(name) {
            throw ValidationError("--name must be a short name, not empty and not a URL")
        }
    }

    func run() throws {
        let subscription = Subscription(name: name ?? Subscription.defaultName(for: url), url: url)
        do {
            try data.sourceList.add(subscription)
        } catch {
            throw CommandFailure(TerminalText.sanitize(error.description))
        }
        try Console.output(TerminalText.sanitize("Subscribed to \(subscription.name) (\(subscription.url))"))
        guard !data.offline else { return }
        let report = try data.updater().refresh(RemoteSource(name: subscription.name, url: subscription.url), policy: .now)
        if let failure = report.failure {
            Console.error(TerminalText.sanitize("warning: \(failure.description); `lineup update` tries again"))
        } else if let version = report.entry?.latest {
            try Console.output("Fetched version \(version.number) (\(version.size) bytes)")
        }
    }
}

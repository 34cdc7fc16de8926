import ArgumentParser
import Foundation
import LineupModel
import LineupSources

/// `lineup sources list`: each subscription with the age of its copy.
struct SourcesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the subscribed sources and how old their copies are.")

    @OptionGroup var data: DataOptions

    func run() throws {
        let subscriptions = try data.subscriptions()
        guard !subscriptions.isEmpty else {
            try Console.output("No sources (`lineup sources add URL` subscribes to one).")
            return
        }
        let cache = data.cache
        let now = Date()
        for subscription in subscriptions {
            let state: String
            do {
                if let entry = try cache.entry(for: subscription.url), let latest = entry.latest {
                    state = "updated \(DataAge.text(since: entry.checkedAt, now: now)), version \(latest.number)"
                        + " of \(entry.versions.count) kept"
                } else {
                    state = "never fetched"
                }
            } catch {
                state = "cache unreadable: \(error.description)"
            }
            try Console.output(TerminalText.sanitize("\(subscription.name)  \(subscription.url)  \(state)"))
        }
    }
}

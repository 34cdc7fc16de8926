import ArgumentParser

/// `lineup sources add|list|remove`: the schedules Lineup fetches by itself.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Subscribe to schedules at URLs (plain `lineup` then opens them).",
        discussion: """
            The list is kept in $XDG_CONFIG_HOME/lineup/sources.json (default ~/.config/lineup), \
            the downloads in $XDG_CACHE_HOME/lineup (default ~/.cache/lineup), with the last 20 \
            versions of each source. A source is checked again when its copy is older than \
            --refresh-after (default 1h); `lineup update` checks now.
            """,
        subcommands: [SourcesAddCommand.self, SourcesListCommand.self, SourcesRemoveCommand.self],
        defaultSubcommand: SourcesListCommand.self)
}

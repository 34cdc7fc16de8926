import ArgumentParser
import LineupModel
import LineupSources
import LineupTUI

/// `lineup browse` (the default): the interactive browser on the loaded data.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the interactive browser (the default command).",
        discussion: "Press ? in the browser for its keys; / searches as you type. The config file (`lineup config path`) can rebind keys and change colours.")

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Option(name: .customLong("compare-with"),
            help: ArgumentHelp("An older copy of the data (file or directory): its changes are marked until seen, C lists them, and talks it has that the data dropped are kept as cancelled.",
                               valueName: "path"),
            completion: .file())
    var olderCopy: String?

    func run() throws {
        let clock = try ProgramClock.make()
        let settings = try UserSettings.load()
        // The browser never waits on the network: sources at URLs open on their cached copy (only
        // one never fetched is fetched first) and are checked in the background once it is up.
        let loaded = try data.load(policy: data.offline ? .offline : .ifOlderThan(.infinity))
        var schedule = loaded.schedule
        // One updater for the sources at URLs: the unseen changes at launch and the refresher.
        let updater = loaded.selection.remote.isEmpty ? nil : try data.updater()
        var changes = ScheduleChanges.none
        var dataFiles = try data.filePaths()
        if let olderCopy {
            let loader = try data.loader()
            let (older, diagnostics) = loader.load([olderCopy])
            Console.report(diagnostics)
            if older.talks.isEmpty { throw CommandFailure("\(olderCopy): nothing to compare with could be loaded") }
            let update = ScheduleUpdate(from: older, to: schedule)
            schedule = update.schedule
            changes = update.changes
            dataFiles += loader.filePaths([olderCopy])
        } else if let updater {
            // Updates fetched since the last browser session (by `lineup update`, say) are
            // marked as if fetched now.
            let unseen = UnseenChanges.since(lastBrowse: loaded.selection.remote, cache: updater.cache,
                                             context: updater.context)
            for problem in unseen.problems { Console.error(TerminalText.sanitize("warning: \(problem)")) }
            changes = unseen.changes
        }
        var services = BrowserServices(search: DeferredSearch(schedule: schedule),
                                       bookmarks: bookmarkOptions.store, picks: bookmarkOptions.picksStore,
                                       dataFiles: dataFiles,
                                       clock: clock, linkOpener: LinkOpener(configured: settings.browser))
        if let updater {
            services.refresher = SourceRefresher(
                updater: updater, sources: loaded.selection.remote, localPaths: loaded.selection.paths,
                loader: try data.loader(), interval: try data.refreshInterval(), offline: data.offline,
                reports: loaded.remote.reports)
        }
        let problems = loaded.diagnostics.count
        let notice = problems == 0 ? nil
            : "\(problems) problem\(problems == 1 ? "" : "s") while loading (printed before the browser opened; `lineup list` shows them again)"
        do {
            try BrowserApp.run(schedule: schedule, services: services, settings: settings.browserSettings, notice: notice,
                               changes: changes)
        } catch let error as TerminalError {
            throw CommandFailure(error.description)
        }
    }
}

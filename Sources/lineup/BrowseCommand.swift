import ArgumentParser
import LineupModel
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
        let settings = try UserSettings.load()
        let loaded = try data.load()
        var schedule = loaded.schedule
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
        }
        let services = BrowserServices(search: DeferredSearch(schedule: schedule),
                                       bookmarks: bookmarkOptions.store, picks: bookmarkOptions.picksStore, dataFiles: dataFiles,
                                       linkOpener: LinkOpener(configured: settings.browser))
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

import ArgumentParser
import LineupTUI

/// `lineup browse` (the default): the interactive browser on the loaded data.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the interactive browser (the default command).",
        discussion: "Press ? in the browser for its keys; / searches as you type. The config file (`lineup config path`) can rebind keys and change colours.")

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    func run() throws {
        let settings = try UserSettings.load()
        let loaded = try data.load()
        let services = BrowserServices(search: DeferredSearch(schedule: loaded.schedule),
                                       bookmarks: bookmarkOptions.store, dataFiles: try data.filePaths(),
                                       linkOpener: LinkOpener(configured: settings.browser))
        let problems = loaded.diagnostics.count
        let notice = problems == 0 ? nil
            : "\(problems) problem\(problems == 1 ? "" : "s") while loading (printed before the browser opened; `lineup list` shows them again)"
        do {
            try BrowserApp.run(schedule: loaded.schedule, services: services, settings: settings.browserSettings, notice: notice)
        } catch let error as TerminalError {
            throw CommandFailure(error.description)
        }
    }
}

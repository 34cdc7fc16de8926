import Foundation
import LineupAgenda
import LineupModel
import LineupOutput

/// Opens the terminal, builds the first state and runs `BrowserLoop` on `CursesTerminal`,
/// restoring the terminal on every way out (q, Ctrl-C, SIGTERM/SIGINT/SIGHUP, a thrown error;
/// crashes and `exit` through the handlers `CursesTerminal` installs).
public enum BrowserApp {
    /// Runs the browser until the user quits. Returns normally on q/Ctrl-C; a signal ends
    /// the process by that signal after restoring the terminal.
    /// - Parameters:
    ///   - settings: the config file's keys, colours and export defaults.
    ///   - notice: shown in the status line at first (problems while loading, say).
    ///   - changes: the changes from an older copy of the schedule to this one (which keeps that
    ///     copy's dropped items as cancelled: `ScheduleUpdate`), marked until seen; `C` lists them.
    public static func run(schedule: Schedule, services: BrowserServices, settings: BrowserSettings = BrowserSettings(),
                           notice: String? = nil, changes: ScheduleChanges = .none) throws {
        setlocale(LC_ALL, "")
        let environment = ProcessInfo.processInfo.environment
        let colors = (environment["NO_COLOR"] ?? "").isEmpty
        let terminal = try CursesTerminal(colors: colors, scheme: settings.colors)
        defer { terminal.close() }

        let runner = EffectRunner(services: services)
        var bookmarks = BookmarkSet.empty
        var problem = notice.map { StatusMessage($0, isError: true) }
        do {
            bookmarks = try runner.loadBookmarks()
        } catch {
            problem = StatusMessage("Bookmarks cannot be read: \(error)", isError: true)
        }
        let symbols = Symbols.forTerminal(term: environment["TERM"], utf8Locale: localeIsUTF8())
        var state = BrowserState(schedule: schedule, size: terminal.size, bookmarks: bookmarks,
                                 picks: runner.loadPicks(), symbols: symbols, userTimeZone: .current, changes: changes,
                                 now: services.clock.read())
        state.keyMap = settings.keyMap
        state.exportDefaults = settings.exportDefaults
        state.openOnToday()
        if problem == nil, !changes.isEmpty {
            problem = StatusMessage("schedule updated: " + changes.summary { bookmarks.contains($0) })
        }
        if let notice = bookmarks.notices.first { problem = StatusMessage(notice.description, isError: true) }
        if let problem { state.message = problem }
        state.dataAge = services.refresher?.ageText(now: Date())
        let loop = BrowserLoop(state: state, terminal: terminal, runner: runner,
                               log: FrameLog(path: environment["LINEUP_FRAME_LOG"]))
        switch loop.run() {
        case .quit: return
        case .signal(let signal): terminal.exit(bySignal: signal)
        }
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

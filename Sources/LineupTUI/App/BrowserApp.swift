import CNcursesw
import Foundation
import LineupAgenda
import LineupModel

/// The event loop: opens the terminal, draws, reads events, runs effects, and restores the
/// terminal on every way out (q, Ctrl-C, SIGTERM/SIGINT/SIGHUP, a thrown error; crashes and
/// `exit` through the handlers `CursesTerminal` installs).
public enum BrowserApp {
    /// How often (ms) the loop wakes without input to look for bookmark changes made by other
    /// processes and for signals.
    static let pollInterval: Int32 = 500

    /// Runs the browser until the user quits. Returns normally on q/Ctrl-C; a signal ends
    /// the process by that signal after restoring the terminal.
    /// - Parameter notice: shown in the status line at first (problems while loading, say).
    public static func run(schedule: Schedule, services: BrowserServices, notice: String? = nil) throws {
        setlocale(LC_ALL, "")
        let environment = ProcessInfo.processInfo.environment
        let colors = (environment["NO_COLOR"] ?? "").isEmpty
        let terminal = try CursesTerminal(colors: colors)
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
                                 symbols: symbols, userTimeZone: .current)
        if let notice = bookmarks.notices.first { problem = StatusMessage(notice.description, isError: true) }
        state.message = problem
        var grid = Grid(state.size)
        redraw(state, &grid, terminal)
        runner.prepareSearch()

        while state.isRunning {
            if let signal = terminal.pendingSignal { terminal.exit(bySignal: signal) }
            guard let first = terminal.nextEvent(timeout: pollInterval) else {
                if let action = runner.pollOutsideChanges() {
                    runner.dispatch(action, to: &state)
                    redraw(state, &grid, terminal)
                }
                continue
            }
            // Handle every event already waiting before searching and drawing, so fast
            // typing or a held key costs one search and one frame, not one per key.
            var pendingSearch: String?
            var event: TerminalEvent? = first
            while let current = event, state.isRunning {
                runner.dispatch(action(for: current), to: &state) { pendingSearch = $0 }
                event = terminal.nextEvent(timeout: 0)
            }
            if let text = pendingSearch, state.isRunning {
                runner.dispatch(runner.search(text, in: state), to: &state)
            }
            if state.isRunning { redraw(state, &grid, terminal) }
        }
    }

    private static func action(for event: TerminalEvent) -> Action {
        switch event {
        case .key(let key): return .key(key)
        case .mouse(let mouse): return .mouse(mouse)
        case .resize(let size): return .resize(size)
        }
    }

    private static func redraw(_ state: BrowserState, _ grid: inout Grid, _ terminal: CursesTerminal) {
        if grid.width != state.size.columns || grid.height != state.size.rows {
            grid = Grid(state.size)
        }
        render(state, into: &grid)
        terminal.draw(grid)
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

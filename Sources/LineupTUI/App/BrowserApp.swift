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
    /// How often (ms) the loop looks whether the search index is ready while a query waits.
    static let indexPollInterval: Int32 = 50

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
        let log = FrameLog(path: environment["LINEUP_FRAME_LOG"])
        redraw(state, &grid, terminal)
        log?.write([("first_frame_ms", FrameLog.milliseconds(log?.lap() ?? 0))])
        runner.prepareSearch()

        while state.isRunning {
            if let signal = terminal.pendingSignal { terminal.exit(bySignal: signal) }
            if state.search.isWaitingForIndex, runner.searchIsReady {
                runner.dispatch(runner.search(state.search.text, in: state), to: &state)
                redraw(state, &grid, terminal)
            }
            let timeout = state.search.isWaitingForIndex ? indexPollInterval : pollInterval
            guard let first = terminal.nextEvent(timeout: timeout) else {
                // A vanished terminal is a hang-up, even when no SIGHUP arrives.
                if terminal.inputIsGone { terminal.exit(bySignal: SIGHUP) }
                if let action = runner.pollOutsideChanges() {
                    runner.dispatch(action, to: &state)
                    redraw(state, &grid, terminal)
                }
                continue
            }
            _ = log?.lap()
            // Handle every event already waiting before drawing. While the user types into the
            // query line only the last text is searched, so fast typing costs one search and one
            // frame, not one per key; any other event first sees the latest text's result.
            var pendingSearch: String?
            var searchMilliseconds = 0.0
            func runPendingSearch() {
                guard let text = pendingSearch, state.isRunning else { return }
                pendingSearch = nil
                let start = DispatchTime.now()
                runner.dispatch(runner.search(text, in: state), to: &state)
                searchMilliseconds += Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
            }
            var handled = 0
            var event: TerminalEvent? = first
            while let current = event, state.isRunning {
                if !isQueryTyping(current, state) { runPendingSearch() }
                runner.dispatch(action(for: current), to: &state) { pendingSearch = $0 }
                handled += 1
                event = terminal.nextEvent(timeout: 0)
            }
            runPendingSearch()
            guard state.isRunning else { break }
            redraw(state, &grid, terminal)
            log?.write([("events", handled), ("search_ms", FrameLog.milliseconds(searchMilliseconds)),
                        ("frame_ms", FrameLog.milliseconds(log?.lap() ?? 0)),
                        ("talks", state.visibleTalkCount)])
        }
    }

    /// A key that edits the query line: its search may wait for the next key.
    private static func isQueryTyping(_ event: TerminalEvent, _ state: BrowserState) -> Bool {
        guard state.search.isEditing, case .none = state.overlay, case .key(let key) = event else { return false }
        switch key {
        case .character, .backspace, .delete: return true
        default: return false
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

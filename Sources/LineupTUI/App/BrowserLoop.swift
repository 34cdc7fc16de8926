import Dispatch
import Foundation
import LineupModel

/// How the loop ended.
public enum LoopEnd: Hashable, Sendable {
    /// The user quit (q, Ctrl-C).
    case quit
    /// A signal asked the program to stop, or the terminal went away (SIGHUP).
    case signal(Int32)
}

/// The browser's event loop, over any `Terminal`:
///
///     terminal event ─> Action ─> update(&state, action) ─> [Effect]
///         ─> EffectRunner (search, bookmark file, export, clock) ─> more Actions ─> update …
///         ─> render(state) ─> Grid ─> terminal.draw
///
/// `update` is pure; the runner does the I/O and answers with actions; the loop owns the
/// terminal and handles the effects only it can (quit, suspend). Between keys it wakes every
/// `pollInterval` ms to pick up bookmarks saved by other processes and signals, and every
/// `indexPollInterval` ms while a query waits for the search index, which it then retries;
/// when the clock's minute has moved on, it hands the new reading to `update`.
///
/// Keys that arrive together (fast typing, a key held down) are handled before one frame is
/// drawn, and while they only edit the query line only the last text is searched.
///
/// The selected talk's related talks (a few milliseconds at 100,000 talks) are never found in
/// a frame that answers input: when the selection moved, the loop waits `relatedPause` ms for
/// more input and finds them only when none came, in a frame of their own. So typing and
/// holding down a movement key draw each frame without them.
public final class BrowserLoop<T: Terminal> {
    static var pollInterval: Int32 { 500 }
    static var indexPollInterval: Int32 { 50 }
    /// How long input must pause before the related talks of a newly selected talk are found.
    static var relatedPause: Int32 { 80 }

    public private(set) var state: BrowserState
    public let terminal: T
    public let runner: EffectRunner
    private var grid: Grid
    private let log: FrameLog?
    private var end: LoopEnd?
    /// The talk whose related talks the engine could not tell the last time it was asked
    /// (index not ready, or an engine that does not relate): asked again at the next poll,
    /// not after a short pause.
    private var relatedMiss: Int?

    init(state: BrowserState, terminal: T, runner: EffectRunner, log: FrameLog? = nil) {
        self.state = state
        self.terminal = terminal
        self.runner = runner
        self.log = log
        grid = Grid(state.size)
    }

    /// Draws the first frame, starts the search index, and handles input until the user quits,
    /// a signal arrives or the terminal goes away.
    public func run() -> LoopEnd {
        redraw()
        log?.write([("first_frame_ms", FrameLog.milliseconds(log?.lap() ?? 0))])
        runner.prepareSearch()
        runner.startRefreshIfDue()
        while end == nil { step() }
        return end ?? .quit
    }

    /// One turn: a signal, the index retry, then one burst of input (or a poll when none came)
    /// and one frame.
    private func step() {
        if let signal = terminal.pendingSignal {
            end = .signal(signal)
            return
        }
        if state.search.isWaitingForIndex, runner.searchIsReady {
            handle(runner.search(state.search.text, in: state))
            redraw()
        }
        let timeout = state.search.isWaitingForIndex ? Self.indexPollInterval
            : wantsRelated ? Self.relatedPause : Self.pollInterval
        guard let first = terminal.nextEvent(timeout: timeout) else {
            // A vanished terminal is a hang-up, even when no SIGHUP arrives.
            if terminal.inputIsGone {
                end = .signal(SIGHUP)
                return
            }
            var changed = false
            for action in runner.pollRefresh(in: state) {
                handle(action)
                changed = true
            }
            runner.startRefreshIfDue()
            if let action = runner.pollOutsideChanges() {
                handle(action)
                changed = true
            }
            if let tick = runner.clockTick(after: state.now) {
                handle(tick)
                changed = true
            }
            if changed { redraw() }
            let start = DispatchTime.now()
            _ = log?.processorLap()
            if findRelated() {
                let relatedMilliseconds = Self.milliseconds(since: start)
                redraw()
                log?.write([("events", 0), ("search_ms", FrameLog.milliseconds(0)),
                            ("related_ms", FrameLog.milliseconds(relatedMilliseconds)),
                            ("frame_ms", FrameLog.milliseconds(Self.milliseconds(since: start))),
                            ("cpu_ms", FrameLog.milliseconds(log?.processorLap() ?? 0)), ("talks", state.visibleTalkCount)])
            }
            return
        }
        _ = log?.lap()
        _ = log?.processorLap()
        var pendingSearch: String?
        var searchMilliseconds = 0.0
        func runPendingSearch() {
            guard let text = pendingSearch else { return }
            pendingSearch = nil
            let start = DispatchTime.now()
            handle(runner.search(text, in: state))
            searchMilliseconds += Self.milliseconds(since: start)
        }
        var handled = 0
        var event: Action? = first
        while let current = event {
            // Any other input first sees the result of the text typed before it.
            if !state.onlyEditsQuery(current) { runPendingSearch() }
            handle(current) { pendingSearch = $0 }
            handled += 1
            guard end == nil else { return }  // nothing after quitting is read or drawn
            event = terminal.nextEvent(timeout: 0)
        }
        runPendingSearch()
        redraw()
        log?.write([("events", handled), ("search_ms", FrameLog.milliseconds(searchMilliseconds)),
                    ("frame_ms", FrameLog.milliseconds(log?.lap() ?? 0)),
                    ("cpu_ms", FrameLog.milliseconds(log?.processorLap() ?? 0)), ("talks", state.visibleTalkCount)])
    }

    /// Applies an action and everything its effects lead to; acts on the effects that are
    /// the loop's own.
    private func handle(_ action: Action, deferSearch: ((String) -> Void)? = nil) {
        for effect in runner.dispatch(action, to: &state, deferSearch: deferSearch) {
            switch effect {
            case .quit:
                end = .quit
            case .suspend:
                if terminal.suspend() {
                    handle(.resize(terminal.size))  // it may have changed meanwhile
                } else {
                    handle(.effectFailed("The shell cannot suspend programs (no job control)"))
                }
            case .copyToClipboard(let text):
                terminal.writeSequence(ClipboardSequence.bytes(copying: text))
            default:
                break
            }
        }
    }

    /// Asks for the selected talk's related talks when they are not known yet; true when they
    /// came (the index may still be building: the next poll asks again).
    private func findRelated() -> Bool {
        guard let action = runner.relatedUpdate(for: state) else {
            relatedMiss = state.selectedTalkPosition
            return false
        }
        handle(action)
        return true
    }

    /// The selection moved to a talk whose related talks are not known and the engine can
    /// find them: the next wait for input is short.
    private var wantsRelated: Bool {
        guard let position = state.selectedTalkPosition else { return false }
        return state.related.position != position && relatedMiss != position && runner.searchIsReady
    }

    private static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }

    private func redraw() {
        if grid.width != state.size.columns || grid.height != state.size.rows {
            grid = Grid(state.size)
        }
        render(state, into: &grid)
        terminal.draw(grid)
    }
}

/// What the browser loop needs from a terminal: its size, input as actions, a way to show a
/// grid, and the two ways a terminal session ends from outside (a signal, the terminal gone).
///
/// `CursesTerminal` is the real one; tests drive `BrowserLoop` with a fake that replays
/// scripted input and keeps the frames drawn.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// Waits up to `timeout` milliseconds (0: only what is already there) for input: a key,
    /// the mouse, pasted text or a new size. nil when nothing came.
    func nextEvent(timeout: Int32) -> Action?
    /// Shows the grid; only what changed since the last frame needs to reach the screen.
    func draw(_ grid: Grid)
    /// The signal (SIGTERM, SIGINT, SIGHUP) that asked the program to stop, if any.
    var pendingSignal: Int32? { get }
    /// True when the terminal has gone (its window closed): reads fail at once from then on.
    var inputIsGone: Bool { get }
    /// Gives the screen back to the shell and stops the program as Ctrl-Z does, returning
    /// after `fg`; the next `draw` then repaints everything. False when the program cannot be
    /// stopped (the shell has no job control).
    func suspend() -> Bool
    /// Writes a control sequence (OSC 52) straight to the terminal, outside the grid.
    func writeSequence(_ bytes: [UInt8])
}

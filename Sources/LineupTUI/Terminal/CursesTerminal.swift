import CNcursesw
import Foundation

public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// The one type that talks to curses: it opens the terminal (on /dev/tty when standard
/// output is redirected), copies a `Grid` to the screen with the wide-character API, and
/// turns key codes into input actions. Nothing else in Lineup calls curses.
///
/// Not thread-safe; use it from the main thread only.
public final class CursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let theme: ColorTheme
    private var pairs: [ColorTheme.Colors: Int16] = [:]
    private var nextPair: Int16 = 1
    private let maxPairs: Int
    private var isOpen = true
    /// The descriptor keys are read from, watched for a hang-up.
    private let inputDescriptor: Int32

    /// Opens the terminal. Call once, after `setlocale(LC_ALL, "")`.
    /// - Parameter colors: false under NO_COLOR: attributes only.
    public init(colors wantColors: Bool) throws {
        let input: UnsafeMutablePointer<FILE>?
        let output: UnsafeMutablePointer<FILE>?
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            input = fdopen(STDIN_FILENO, "r")
            output = fdopen(STDOUT_FILENO, "w")
        } else {
            let tty = fopen("/dev/tty", "r+")
            input = tty
            output = tty
        }
        guard let input, let output else {
            throw TerminalError(description: "no terminal to draw on (/dev/tty cannot be opened)")
        }
        inputDescriptor = fileno(input)
        guard let screen = newterm(nil, output, input) else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw TerminalError(description: "cannot use the terminal type \"\(term)\" (check TERM)")
        }
        self.screen = screen
        set_term(screen)
        window = lineup_stdscr()
        lineup_install_terminal_guards()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        mousemask(lineup_button1_pressed() | lineup_button4_pressed() | lineup_button5_pressed(), nil)

        var capability = ColorTheme.Capability.none
        if wantColors && has_colors() {
            start_color()
            use_default_colors()
            capability = lineup_colors() >= 256 ? .many : (lineup_colors() >= 8 ? .eight : .none)
        }
        theme = ColorTheme(capability: capability)
        maxPairs = capability == .none ? 0 : Int(min(lineup_color_pairs(), 32767))
    }

    deinit { close() }

    public var size: TerminalSize {
        TerminalSize(columns: Int(lineup_getmaxx(window)), rows: Int(lineup_getmaxy(window)))
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
    }

    // MARK: Output

    /// Copies the grid to the screen in one update (wnoutrefresh + doupdate): curses sends
    /// only what changed since the last frame.
    public func draw(_ grid: Grid) {
        let rows = min(grid.height, size.rows), columns = min(grid.width, size.columns)
        var cchar = cchar_t()
        var wide = [wchar_t](repeating: 0, count: Int(lineup_cchar_max()) + 1)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = grid[x, y]
                guard let character = cell.character else { continue }
                fillWideCharacters(character, into: &wide)
                let (attributes, pair) = attributesAndPair(for: cell.style)
                wide.withUnsafeBufferPointer { buffer in
                    _ = setcchar(&cchar, buffer.baseAddress, attributes, pair, nil)
                }
                mvwadd_wch(window, Int32(y), Int32(x), &cchar)
            }
        }
        if let cursor = grid.cursor, cursor.y < rows, cursor.x < columns {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// A cluster as curses stores it: one spacing character and the zero-width ones after it
    /// (at most CCHARW_MAX), null-terminated. Emoji sequences that join several spacing
    /// characters keep the first, which has the cluster's width.
    private func fillWideCharacters(_ character: Character, into buffer: inout [wchar_t]) {
        let limit = buffer.count - 1
        var count = 0
        for scalar in character.unicodeScalars {
            let isSpacing = lineup_wcwidth(wchar_t(bitPattern: scalar.value)) != 0
            if count > 0 && isSpacing { break }
            if count == limit { break }
            buffer[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        buffer[count] = 0
    }

    private func attributesAndPair(for style: CellStyle) -> (attr_t, Int16) {
        let look = theme.look(for: style)
        var attributes = lineup_a_normal()
        if look.bold { attributes |= lineup_a_bold() }
        if look.underline { attributes |= lineup_a_underline() }
        if look.dim { attributes |= lineup_a_dim() }
        if look.reverse { attributes |= lineup_a_reverse() }
        return (attributes, look.colors.map(pair(for:)) ?? 0)
    }

    /// Colour pairs are made on first use; when the terminal has no more, text falls back to
    /// the default colours.
    private func pair(for colors: ColorTheme.Colors) -> Int16 {
        if let pair = pairs[colors] { return pair }
        guard Int(nextPair) < maxPairs else { return 0 }
        let pair = nextPair
        nextPair += 1
        init_pair(pair, colors.foreground, colors.background)
        pairs[colors] = pair
        return pair
    }

    // MARK: Input

    /// Waits up to `timeout` milliseconds (0: only what is already there) for an event.
    public func nextEvent(timeout: Int32) -> Action? {
        wtimeout(window, timeout)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            return KeyDecoder.key(forCharacter: UInt32(code)).map(Action.key)
        case KEY_CODE_YES:
            let keyCode = Int32(bitPattern: code)
            if keyCode == KEY_RESIZE { return .resize(size) }
            if keyCode == KEY_MOUSE { return mouseEvent() }
            return KeyDecoder.key(forKeyCode: keyCode).map(Action.key)
        default:
            return nil
        }
    }

    private func mouseEvent() -> Action? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & lineup_button4_pressed() != 0 { return .mouse(.wheel(lines: -3, x: x, y: y)) }
        if event.bstate & lineup_button5_pressed() != 0 { return .mouse(.wheel(lines: 3, x: x, y: y)) }
        if event.bstate & lineup_button1_pressed() != 0 { return .mouse(.click(x: x, y: y)) }
        return nil
    }

    /// True when the terminal has gone (its window closed, the connection dropped): reads then
    /// fail at once instead of waiting, so the loop must stop rather than spin. One `poll`.
    public var inputIsGone: Bool {
        var watch = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&watch, 1, 0) >= 0 else { return errno != EINTR }
        return watch.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// The signal (SIGTERM, SIGINT, SIGHUP) that asked the program to stop, if any.
    public var pendingSignal: Int32? {
        let signal = lineup_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Restores the terminal and ends the process by `signal`'s default action.
    public func exit(bySignal signal: Int32) -> Never {
        close()
        lineup_reraise(signal)
        Foundation.exit(128 + signal)
    }
}

import CNcursesw
import CWideChar
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
    /// The grid the window holds, as last drawn; nil when the window may hold something else
    /// (before the first frame, after a resize or a suspension).
    private var drawn: Grid?
    /// The descriptor keys are read from, watched for a hang-up.
    private let inputDescriptor: Int32
    /// The descriptor the screen is drawn on.
    private let outputDescriptor: Int32

    /// Opens the terminal. Call once, after `setlocale(LC_ALL, "")`.
    /// - Parameter colors: false under NO_COLOR: attributes only (and `scheme` unused).
    /// - Parameter scheme: the config file's colours over the theme's.
    public init(colors wantColors: Bool, scheme: ColorScheme = ColorScheme()) throws {
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
        outputDescriptor = fileno(output)
        guard let screen = newterm(nil, output, input) else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw TerminalError(description: "cannot use the terminal type \"\(term)\" (check TERM)")
        }
        self.screen = screen
        set_term(screen)
        guard lineup_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            isOpen = false
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw TerminalError(description: "the terminal type \"\(term)\" cannot move the cursor, so the browser cannot run in it; "
                                + "`lineup list` prints the talks instead")
        }
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
        define_key(Self.pasteStartSequence, Self.pasteStartCode)
        define_key(Self.pasteEndSequence, Self.pasteEndCode)

        var capability = ColorTheme.Capability.none
        if wantColors && has_colors() {
            start_color()
            use_default_colors()
            capability = lineup_colors() >= 256 ? .many : (lineup_colors() >= 8 ? .eight : .none)
        }
        theme = ColorTheme(capability: capability, scheme: scheme)
        maxPairs = capability == .none ? 0 : Int(min(lineup_color_pairs(), 32767))
        send(Self.bracketedPasteOn)
    }

    deinit { close() }

    public var size: TerminalSize {
        TerminalSize(columns: Int(lineup_getmaxx(window)), rows: Int(lineup_getmaxy(window)))
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        send(Self.bracketedPasteOff)
        endwin()
        delscreen(screen)
    }

    // MARK: Output

    /// Copies the grid to the screen in one update (wnoutrefresh + doupdate): curses sends
    /// only what changed since the last frame. Only cells that differ from the last grid drawn
    /// are handed to curses at all (a keystroke changes a few rows of a 160x45 screen; copying
    /// every cell cost as much as laying out the panes); a resize or a suspension makes the
    /// next frame whole.
    public func draw(_ grid: Grid) {
        let rows = min(grid.height, size.rows), columns = min(grid.width, size.columns)
        let previous = drawn.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        drawn = grid
        var cchar = cchar_t()
        var wide = [wchar_t](repeating: 0, count: Int(lineup_cchar_max()) + 1)
        // Neighbouring cells mostly share a style: its look is worked out once per run of
        // cells, not once per cell (a theme lookup hashes the style's role and backdrop).
        var lastStyle: CellStyle?
        var lastLook: (attr_t, Int16) = (lineup_a_normal(), 0)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = grid[x, y]
                if let previous, previous[x, y] == cell { continue }
                guard let character = cell.character else { continue }
                let cluster = character.isASCII ? nil : TerminalCluster(character)
                if cell.style != lastStyle {
                    lastLook = attributesAndPair(for: cell.style)
                    lastStyle = cell.style
                }
                let (attributes, pair) = lastLook
                fill(cluster?.first ?? Array(character.unicodeScalars), into: &wide)
                wide.withUnsafeBufferPointer { buffer in
                    _ = setcchar(&cchar, buffer.baseAddress, attributes, pair, nil)
                }
                mvwadd_wch(window, Int32(y), Int32(x), &cchar)
                // A flag's second indicator goes into the cell the grid keeps for it.
                if let second = cluster?.second, x + 1 < columns {
                    fill([second], into: &wide)
                    wide.withUnsafeBufferPointer { buffer in
                        _ = setcchar(&cchar, buffer.baseAddress, attributes, pair, nil)
                    }
                    mvwadd_wch(window, Int32(y), Int32(x + 1), &cchar)
                }
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

    /// Scalars as curses stores them in one cell: null-terminated, at most CCHARW_MAX
    /// (`TerminalCluster` decides which scalars of a cluster are written).
    private func fill(_ scalars: [Unicode.Scalar], into buffer: inout [wchar_t]) {
        let count = min(scalars.count, buffer.count - 1)
        for index in 0..<count {
            buffer[index] = wchar_t(bitPattern: scalars[index].value)
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

    // Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in these markers,
    // which curses reports as two key codes of our own, far above its KEY_MAX.
    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"
    private static let pasteStartSequence = "\u{1B}[200~"
    private static let pasteEndSequence = "\u{1B}[201~"
    private static let pasteStartCode: Int32 = 0x7000
    private static let pasteEndCode: Int32 = 0x7001

    /// Writes a mode switch straight to the terminal (curses would hold it until it exits).
    private func send(_ sequence: String) {
        writeSequence(Array(sequence.utf8))
    }

    public func writeSequence(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(outputDescriptor, $0.baseAddress, $0.count) }
    }

    /// Alt keys, unknown sequences and pastes span several reads: the decoder reads ahead.
    private lazy var decoder = InputDecoder { [unowned self] timeout in self.readRaw(timeout: timeout) }

    /// Waits up to `timeout` milliseconds (0: only what is already there) for an event.
    public func nextEvent(timeout: Int32) -> Action? {
        decoder.next(timeout: timeout)
    }

    /// One read of `wget_wch`; nil when nothing came within `timeout` ms.
    private func readRaw(timeout: Int32) -> InputDecoder.Raw? {
        wtimeout(window, timeout)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            return .character(UInt32(code))
        case KEY_CODE_YES:
            let keyCode = Int32(bitPattern: code)
            switch keyCode {
            case KEY_RESIZE:
                drawn = nil
                return .resize(size)
            case KEY_MOUSE: return mouseEvent().map(InputDecoder.Raw.mouse) ?? .ignored
            case Self.pasteStartCode: return .pasteStart
            case Self.pasteEndCode: return .pasteEnd
            default: return KeyDecoder.key(forKeyCode: keyCode).map(InputDecoder.Raw.key) ?? .ignored
            }
        default:
            return nil
        }
    }

    /// Leaves the screen to the shell and stops as Ctrl-Z does; after `fg` the next frame is
    /// drawn whole. False (at once) when the shell has no job control.
    public func suspend() -> Bool {
        send(Self.bracketedPasteOff)
        endwin()
        let stopped = lineup_stop_as_a_job() != 0
        send(Self.bracketedPasteOn)
        clearok(lineup_curscr(), true)
        drawn = nil
        return stopped
    }

    private func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & lineup_button4_pressed() != 0 { return .wheel(lines: -3, x: x, y: y) }
        if event.bstate & lineup_button5_pressed() != 0 { return .wheel(lines: 3, x: x, y: y) }
        if event.bstate & lineup_button1_pressed() != 0 { return .click(x: x, y: y) }
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

/// Turns what the terminal delivers into actions, reading ahead where one action spans several
/// reads:
/// - An Esc followed at once by more input is never split into Esc plus keys: Alt with a
///   character becomes `.alt` (bound to nothing, so never typed), and escape sequences curses
///   does not know (`ESC [ … final`, `ESC O x`) are consumed whole and dropped. An Esc with
///   nothing after it within the terminal's ESCDELAY is the Esc key.
/// - Bracketed paste: everything between the paste markers becomes one `.paste` with the text
///   (line breaks as "\n", tabs kept), so pasted text is never taken as keys.
///
/// Pure apart from `read`, so tests feed it recorded input.
struct InputDecoder {
    /// One read from the terminal.
    enum Raw: Hashable, Sendable {
        /// A character code (`wget_wch` returned OK).
        case character(UInt32)
        /// A key curses recognised.
        case key(Key)
        case pasteStart, pasteEnd
        case resize(TerminalSize)
        case mouse(MouseEvent)
        /// Input that means nothing here (a key code without a name, an unreadable click).
        case ignored
    }

    /// How long (ms) to wait for the rest of a paste that arrives in pieces.
    static let pasteWait: Int32 = 100

    /// Reads the next input, waiting up to the timeout in ms (0: only what is already there).
    private let read: (_ timeout: Int32) -> Raw?
    private var pushedBack: Raw?

    init(read: @escaping (_ timeout: Int32) -> Raw?) {
        self.read = read
    }

    /// The next action, waiting up to `timeout` ms for the first input; input that makes no
    /// action (a dropped sequence) is skipped.
    mutating func next(timeout: Int32) -> Action? {
        var wait = timeout
        while let raw = pull(wait) {
            wait = 0
            if let action = decode(raw) { return action }
        }
        return nil
    }

    private mutating func pull(_ timeout: Int32) -> Raw? {
        if let raw = pushedBack {
            pushedBack = nil
            return raw
        }
        return read(timeout)
    }

    private mutating func decode(_ raw: Raw) -> Action? {
        switch raw {
        case .character(27): return escape()
        case .character(let code): return KeyDecoder.key(forCharacter: code).map(Action.key)
        case .key(let key): return .key(key)
        case .pasteStart: return .paste(collectPaste())
        case .pasteEnd: return nil
        case .resize(let size): return .resize(size)
        case .mouse(let event): return .mouse(event)
        case .ignored: return nil
        }
    }

    /// After an Esc: what came with it decides.
    private mutating func escape() -> Action? {
        guard let next = pull(0) else { return .key(.escape) }
        switch next {
        case .character(0x5B):  // "[": a control sequence
            consumeControlSequence()
            return nil
        case .character(0x4F):  // "O": one more character (or Alt-O alone)
            guard let final = pull(0) else { return .key(.alt("O")) }
            if case .character = final { return nil }
            pushedBack = final
            return .key(.alt("O"))
        case .character(27), .key, .resize, .mouse, .pasteStart, .pasteEnd, .ignored:
            pushedBack = next  // Esc, then something of its own
            return .key(.escape)
        case .character(let code):
            guard code >= 0x20, code != 0x7F, let scalar = Unicode.Scalar(code) else { return nil }  // Alt-Ctrl: unbound
            return .key(.alt(Character(scalar)))
        }
    }

    /// Parameters and intermediates (0x20–0x3F) up to the final byte (0x40–0x7E), as ECMA-48
    /// defines them; stops early at anything else, which is kept.
    private mutating func consumeControlSequence() {
        while let raw = pull(0) {
            guard case .character(let code) = raw, code >= 0x20, code <= 0x7E else {
                pushedBack = raw
                return
            }
            if code >= 0x40 { return }
        }
    }

    /// The text up to the end marker (or a pause longer than `pasteWait`).
    private mutating func collectPaste() -> String {
        var text = ""
        while let raw = pull(Self.pasteWait) {
            switch raw {
            case .pasteEnd:
                return text
            case .character(10), .character(13), .key(.enter):
                text.append("\n")
            case .character(9), .key(.tab):
                text.append("\t")
            case .character(let code):
                guard code >= 0x20, code != 0x7F, let scalar = Unicode.Scalar(code) else { continue }
                text.unicodeScalars.append(scalar)
            case .key, .pasteStart, .resize, .mouse, .ignored:
                continue
            }
        }
        return text
    }
}

/// The colours and attributes in force at a piece of text in a `capture-pane -e` dump. tmux
/// writes only the changes from one cell to the next, across line ends too, so the state is
/// followed from the start of the dump.
struct ScreenAttributes: Hashable, CustomStringConvertible {
    var bold = false
    var underline = false
    var reverse = false
    /// "30"-"37", "38;5;N", nil for the default.
    var foreground: String?
    var background: String?

    var description: String {
        "bold \(bold) underline \(underline) reverse \(reverse) fg \(foreground ?? "default") bg \(background ?? "default")"
    }

    /// The attributes at the first character of the first `text` on screen, or nil.
    static func at(_ text: String, in dump: String) -> ScreenAttributes? {
        var state = ScreenAttributes()
        var visible = ""
        var states: [ScreenAttributes] = []
        var scalars = Array(dump.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}", scalars.first == "[" {
                scalars.removeFirst()
                var parameters = ""
                while let next = scalars.popFirst() {
                    if next == "m" {
                        state.apply(parameters)
                        break
                    }
                    if !(("0"..."9").contains(next) || next == ";") { break }
                    parameters.unicodeScalars.append(next)
                }
                continue
            }
            visible.unicodeScalars.append(scalar)
            states.append(state)
        }
        guard let range = visible.unicodeScalars.firstRange(of: text.unicodeScalars) else { return nil }
        return states[visible.unicodeScalars.distance(from: visible.unicodeScalars.startIndex, to: range.lowerBound)]
    }

    private mutating func apply(_ parameters: String) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if codes.isEmpty { codes = [0] }
        while let code = codes.popFirst() {
            switch code {
            case 0: self = ScreenAttributes()
            case 1: bold = true
            case 4: underline = true
            case 7: reverse = true
            case 22: bold = false
            case 24: underline = false
            case 27: reverse = false
            case 30...37, 90...97: foreground = String(code)
            case 39: foreground = nil
            case 40...47, 100...107: background = String(code)
            case 49: background = nil
            case 38, 48:
                guard codes.first == 5, codes.count >= 2 else { break }
                codes.removeFirst()
                let color = "\(code);5;\(codes.removeFirst())"
                if code == 38 { foreground = color } else { background = color }
            default: break
            }
        }
    }
}

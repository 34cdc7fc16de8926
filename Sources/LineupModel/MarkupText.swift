import Foundation

/// Turns the LaTeX and Markdown that pasted abstracts carry into plain text for display.
///
/// - Formatting commands keep their argument: `\textit{x}`, `\textbf`, `\emph`, `\textsc`,
///   `\texttt`, `\underline`, `\text`, `\mathrm`, `\url{x}` -> x.
/// - Commands whose argument is not text drop it: `{\color{black} x}` -> x, `\cite{...}`,
///   `\label{...}`; `\textcolor{red}{x}` and `\href{url}{x}` -> x.
/// - `\footnote{x}` -> " (x)".
/// - Escapes and symbols: `\%` -> %, `\&` -> &, `\_`, `\#`, `\$`, `\{`, `\}`; `\alpha` -> α
///   and a few more; accents `\'e` -> é. Any other command keeps its name: `\glam` -> glam.
/// - Math delimiters (`$` in pairs on a line, `\(`, `\)`) and bare braces disappear; their
///   content stays.
/// - Quotes: ``` ``x'' ``` -> “x”, `` `x' `` -> ‘x’; Markdown `` `code` `` -> code,
///   `**bold**` -> bold, `*emphasis*` -> emphasis (a pair on one line, the first `*` not after
///   a letter or digit nor before a blank, the second not after a blank nor before a letter
///   or digit: `2 * 3 * 4` and `a*b*c` stay as they are).
///
/// Unbalanced braces and dangling backslashes are dropped or kept as text, never an error.
/// Complexity: O(n) in UTF-8 bytes; text with none of `\ { } $ * `` ` `` is returned as is
/// without copying (the search index calls this on every abstract).
public enum MarkupText {
    public static func plain(_ text: String) -> String {
        var text = text
        let hasMarkup = text.withUTF8 { buffer in
            MarkupBytes.firstSpecial(in: buffer, from: 0, includingApostrophe: false) < buffer.count
        }
        guard hasMarkup else { return text }
        var converter = Converter(Array(text.utf8))
        return converter.run()
    }

    private struct Converter {
        enum Closer { case nothing, footnote }

        let input: [UInt8]
        var index = 0
        var output: [UInt8] = []
        var closers: [Closer] = []
        var openDoubleQuote = false
        var openSingleQuote = false
        var openCodeSpan = false
        var openMath = false
        var madeAccent = false
        /// The position of the `*` that closes the emphasis opened last, to drop it too.
        var emphasisCloser: Int?

        init(_ input: [UInt8]) {
            self.input = input
            output.reserveCapacity(input.count)
        }

        mutating func run() -> String {
            while index < input.count {
                let runStart = index
                index = input.withUnsafeBufferPointer { buffer in
                    MarkupBytes.firstSpecial(in: buffer, from: runStart, includingApostrophe: true)
                }
                if index > runStart { output.append(contentsOf: input[runStart..<index]) }
                guard index < input.count else { break }
                let byte = input[index]
                switch byte {
                case UInt8(ascii: "\\"): backslash()
                case UInt8(ascii: "{"):
                    closers.append(.nothing)
                    index += 1
                case UInt8(ascii: "}"):
                    if closers.popLast() == .footnote { append(")") }
                    index += 1
                case UInt8(ascii: "$"): dollar()
                case UInt8(ascii: "*") where peek(1) == UInt8(ascii: "*"):
                    index += 2
                case UInt8(ascii: "*"): star()
                case UInt8(ascii: "`"): backtick()
                case UInt8(ascii: "'") where openDoubleQuote && peek(1) == UInt8(ascii: "'"):
                    append("\u{201D}")
                    openDoubleQuote = false
                    index += 2
                case UInt8(ascii: "'") where openSingleQuote:
                    append("\u{2019}")
                    openSingleQuote = false
                    index += 1
                default:
                    output.append(byte)
                    index += 1
                }
            }
            let result = String(decoding: output, as: UTF8.self)
            return madeAccent ? result.precomposedStringWithCanonicalMapping : result
        }

        func peek(_ offset: Int) -> UInt8? {
            index + offset < input.count ? input[index + offset] : nil
        }

        mutating func append(_ text: String) { output.append(contentsOf: text.utf8) }

        /// A single `*`: dropped when it opens an emphasis that closes on the same line, or
        /// closes the one opened last; kept as text otherwise.
        mutating func star() {
            if index == emphasisCloser {
                emphasisCloser = nil
            } else if let closer = closingStar() {
                emphasisCloser = closer
            } else {
                output.append(UInt8(ascii: "*"))
            }
            index += 1
        }

        /// How far a closing `*` is looked for, in bytes: keeps a line of many lone stars linear.
        static let emphasisReach = 1000

        /// The `*` that closes an emphasis opened by the `*` at `index`, if it opens one.
        func closingStar() -> Int? {
            let before = index > 0 ? input[index - 1] : nil
            guard let after = peek(1), !Self.isBlank(after), before.map(Self.isAlphanumeric) != true else { return nil }
            var position = index + 1
            while position < min(input.count, index + Self.emphasisReach) {
                let byte = input[position]
                if byte == UInt8(ascii: "\n") { return nil }
                if byte == UInt8(ascii: "*") {
                    let next = position + 1 < input.count ? input[position + 1] : nil
                    guard !Self.isBlank(input[position - 1]), next != UInt8(ascii: "*") else { return nil }
                    return next.map(Self.isAlphanumeric) == true ? nil : position
                }
                position += 1
            }
            return nil
        }

        static func isBlank(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        static func isAlphanumeric(_ byte: UInt8) -> Bool {
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }

        // MARK: Commands

        mutating func backslash() {
            index += 1
            guard let next = peek(0) else {
                output.append(UInt8(ascii: "\\"))
                return
            }
            if Self.isLetter(next) {
                let start = index
                while let byte = peek(0), Self.isLetter(byte) { index += 1 }
                command(String(decoding: input[start..<index], as: UTF8.self))
                return
            }
            index += 1
            switch next {
            case UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "$"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"):
                output.append(next)
            case UInt8(ascii: "\\"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: " "):
                output.append(UInt8(ascii: " "))
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"):
                break
            default:
                if let mark = Self.accentMarks[next] {
                    accent(mark)
                } else {
                    output.append(UInt8(ascii: "\\"))
                    output.append(next)
                }
            }
        }

        mutating func command(_ name: String) {
            if Self.keepsArgument.contains(name) {
                skipSpaces()
                if peek(0) == UInt8(ascii: "{") {
                    closers.append(.nothing)
                    index += 1
                }
            } else if name == "footnote", peek(0) == UInt8(ascii: "{") {
                append(output.last == UInt8(ascii: " ") ? "(" : " (")
                closers.append(.footnote)
                index += 1
            } else if Self.dropsArgument.contains(name) {
                skipSpaces()
                skipGroup()
                if name == "color" { skipSpaces() }
            } else if name == "textcolor" || name == "href" {
                skipSpaces()
                skipGroup()
            } else if let symbol = Self.symbols[name] {
                append(symbol)
            } else if name.count == 1, let mark = Self.letterAccents[name], peek(0) == UInt8(ascii: "{") {
                accent(mark)
            } else {
                append(name)
            }
        }

        /// `\'e`, `\'{e}`, `\c{c}`: the letter followed by a combining mark (composed at the end).
        mutating func accent(_ mark: String) {
            let braced = peek(0) == UInt8(ascii: "{")
            if braced { index += 1 }
            guard let letter = peek(0), Self.isLetter(letter) else {
                if braced { closers.append(.nothing) }
                return
            }
            output.append(letter)
            append(mark)
            madeAccent = true
            index += 1
            if braced, peek(0) == UInt8(ascii: "}") { index += 1 }
        }

        mutating func skipSpaces() {
            while peek(0) == UInt8(ascii: " ") { index += 1 }
        }

        /// Skips one balanced `{...}` group at the current position, if there is one.
        mutating func skipGroup() {
            guard peek(0) == UInt8(ascii: "{") else { return }
            var depth = 0
            while index < input.count {
                switch input[index] {
                case UInt8(ascii: "\\"): index += 1
                case UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                default: break
                }
                index += 1
            }
        }

        // MARK: Math, quotes and code spans

        /// A `$` is a math delimiter when it closes one or another `$` follows on the line;
        /// otherwise ("costs $5") it is text.
        mutating func dollar() {
            index += 1
            if openMath {
                openMath = false
                return
            }
            var probe = index
            while probe < input.count, input[probe] != UInt8(ascii: "\n") {
                if input[probe] == UInt8(ascii: "$") {
                    openMath = true
                    return
                }
                probe += 1
            }
            output.append(UInt8(ascii: "$"))
        }

        mutating func backtick() {
            if peek(1) == UInt8(ascii: "`") {
                append("\u{201C}")
                openDoubleQuote = true
                index += 2
                return
            }
            index += 1
            if openCodeSpan {
                openCodeSpan = false
                return
            }
            // A backtick closed by another backtick on the line is Markdown code; closed by an
            // apostrophe it is a LaTeX opening quote.
            var probe = index
            while probe < input.count, input[probe] != UInt8(ascii: "\n") {
                if input[probe] == UInt8(ascii: "`") {
                    openCodeSpan = true
                    return
                }
                if input[probe] == UInt8(ascii: "'") { break }
                probe += 1
            }
            append("\u{2018}")
            openSingleQuote = true
        }

        // MARK: Tables

        static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        static let keepsArgument: Set<String> = [
            "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textsl", "textup", "textmd",
            "textnormal", "emph", "underline", "text", "mbox", "url", "mathrm", "mathbf", "mathit",
            "mathsf", "mathtt", "mathcal", "mathbb", "boldsymbol", "operatorname",
        ]

        static let dropsArgument: Set<String> = [
            "color", "label", "cite", "citep", "citet", "ref", "eqref", "vspace", "hspace",
            "includegraphics",
        ]

        static let symbols: [String: String] = [
            "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
            "zeta": "ζ", "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
            "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ",
            "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
            "Lambda": "Λ", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
            "times": "×", "cdot": "·", "pm": "±", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
            "neq": "≠", "approx": "≈", "sim": "~", "infty": "∞", "ell": "ℓ", "to": "→",
            "rightarrow": "→", "leftarrow": "←", "in": "∈", "sqrt": "√", "sum": "∑", "partial": "∂",
            "ldots": "…", "dots": "…", "cdots": "⋯", "log": "log", "exp": "exp",
            "quad": " ", "qquad": " ", "LaTeX": "LaTeX", "TeX": "TeX",
        ]

        static let accentMarks: [UInt8: String] = [
            UInt8(ascii: "'"): "\u{0301}", UInt8(ascii: "`"): "\u{0300}", UInt8(ascii: "^"): "\u{0302}",
            UInt8(ascii: "\""): "\u{0308}", UInt8(ascii: "~"): "\u{0303}", UInt8(ascii: "="): "\u{0304}",
            UInt8(ascii: "."): "\u{0307}",
        ]

        static let letterAccents: [String: String] = [
            "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}", "H": "\u{030B}",
        ]
    }
}

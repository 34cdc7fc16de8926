import LineupConfig

/// A config text with positions marked by ①, ②, … (as swift-format's rule tests mark findings):
/// the text without the marks, and the line and column each mark stood at.
struct MarkedText {
    static let marks: [Character] = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮"]

    var text = ""
    var positions: [Character: SourcePosition] = [:]

    init(_ marked: String) {
        var line = 1, column = 1
        for character in marked {
            if Self.marks.contains(character) {
                positions[character] = SourcePosition(line: line, column: column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }
}

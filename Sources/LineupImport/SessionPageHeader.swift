import LineupModel

/// The part of a session page above its first slot: page chrome ("Skip to ...", "Session"),
/// the session title, an optional room line, "Moderator: NAME", "Abstract:" with the
/// session's (usually empty) abstract, and "Chat is not available.".
struct SessionPageHeader: Sendable {
    var title: String?
    var room: String?
    var moderator: String?

    /// Reads lines `0..<end` of `text`. A line it cannot place is reported and ignored.
    static func parse(_ text: PageText, upTo end: Int, diagnostics: inout [Diagnostic]) -> SessionPageHeader {
        var header = SessionPageHeader()
        var lines = (0..<end).filter { !text.isBlank($0) }
        while let first = lines.first, text.bytes(text.trimmedLine(first), startWith: "Skip to") {
            lines.removeFirst()
        }
        if let marker = lines.firstIndex(where: { text.bytes(text.trimmedLine($0), equal: "Session") }) {
            lines.removeFirst(marker + 1)
        }
        var inSessionAbstract = false
        for index in lines {
            let range = text.trimmedLine(index)
            if let name = moderatorName(text, range) {
                header.moderator = name.isEmpty ? nil : name
            } else if text.bytes(range, startWith: "Abstract:") {
                inSessionAbstract = true
            } else if text.bytes(range, equal: "Chat is not available.") {
                inSessionAbstract = false
            } else if inSessionAbstract {
                continue  // the session's own abstract: not an item's, and Session has no field for it
            } else if header.title == nil {
                header.title = text.text(range)
            } else if header.room == nil && header.moderator == nil {
                header.room = text.text(range)
            } else {
                diagnostics.append(Diagnostic(.warning, file: text.file, line: index + 1,
                                              "unexpected line above the first slot is ignored"))
            }
        }
        return header
    }

    /// The name after "Moderator:" or "Moderators:", nil when the line is not a moderator line.
    private static func moderatorName(_ text: PageText, _ range: Range<Int>) -> String? {
        for prefix: StaticString in ["Moderator:", "Moderators:"] where text.bytes(range, startWith: prefix) {
            return text.text(text.trimmed((range.lowerBound + prefix.utf8CodeUnitCount)..<range.upperBound))
        }
        return nil
    }
}

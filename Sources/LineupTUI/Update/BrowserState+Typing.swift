/// Text typed or pasted into the field that has the keyboard: the query line, the export
/// path or the note. Every field is one line, so line breaks and tabs become spaces; without
/// a field the text is dropped (it is never taken as keys).
extension BrowserState {
    /// Pasted text: into the field that has the keyboard; elsewhere dropped with a word on
    /// where it would go.
    mutating func paste(_ text: String) -> [Effect] {
        switch keyContext {
        case .query, .exportPrompt, .notePrompt:
            return typeText(text)
        case .tooSmall:
            return []
        default:
            message = StatusMessage("Pasted text goes into the query line (\(keyMap.keyName(.search, in: keyContext))) or a prompt; it was not used")
            return []
        }
    }

    mutating func typeText(_ text: String) -> [Effect] {
        let line = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        switch keyContext {
        case .query:
            return typeIntoQuery(line)
        case .exportPrompt, .notePrompt:
            typeIntoPrompt(line)
            return []
        default:
            return []
        }
    }
}

/// A question asked in the bottom line. While one is open it takes every key; what is
/// drawn above it (the panes or the agenda) stays as it was.
public enum Prompt: Hashable, Sendable {
    case export(ExportPrompt)
    case note(NotePrompt)
    /// The export path names an existing file: replace it (y), or go back to the export
    /// question to change the name (n, Esc).
    case replace(ExportPrompt)
    /// `o` on an item with several links: which one to open.
    case links(LinkChooser)
}

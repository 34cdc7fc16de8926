/// A question asked in the bottom line. While one is open it takes every key; what is
/// drawn above it (the panes or the agenda) stays as it was.
public enum Prompt: Hashable, Sendable {
    case export(ExportPrompt)
    case note(NotePrompt)
}

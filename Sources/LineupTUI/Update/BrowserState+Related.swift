/// `r`/`R` choose among the selected talk's related talks in the details; Enter there goes
/// to the chosen one.
extension BrowserState {
    mutating func chooseRelated(forward: Bool) {
        let talks = related.talks(for: selectedTalkPosition)
        guard !talks.isEmpty else {
            message = StatusMessage(selectedTalkPosition == nil ? "Select a talk first"
                : related.position == selectedTalkPosition ? "No talk is related to this one" : "Related talks are still being found")
            return
        }
        let count = talks.count
        related.chosen = related.chosen.map { (($0 + (forward ? 1 : -1)) % count + count) % count } ?? (forward ? 0 : count - 1)
        setFocus(.details)
        // "Related" is the last section of the details.
        details.scrollToBottom()
    }

    /// Goes to the chosen related talk; false when none is chosen.
    mutating func openChosenRelated() -> Bool {
        guard let chosen = related.chosen, let position = related.talks(for: selectedTalkPosition)[safe: chosen] else {
            return false
        }
        showInSchedule(outline.talk(at: position))
        return true
    }
}

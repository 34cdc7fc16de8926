/// The words schedules put into a title to cancel an item that has no status field:
/// "CANCELLED: Talk", "Talk (abgesagt)", "[cancelled] Talk", "Canceled - Talk".
public enum CancellationMarker {
    /// The marker words, lowercased.
    static let words: Set<String> = ["cancelled", "canceled", "abgesagt", "entfällt", "annulé"]

    /// True when the first or the last word of `title` is a marker word, in any case (so
    /// "Why flights get cancelled early" is not marked, "Flights (cancelled)" is).
    /// O(n) in the title's length.
    public static func isMarked(_ title: String) -> Bool {
        let titleWords = title.split(whereSeparator: { !$0.isLetter })
        guard let first = titleWords.first, let last = titleWords.last else { return false }
        return words.contains(first.lowercased()) || words.contains(last.lowercased())
    }
}

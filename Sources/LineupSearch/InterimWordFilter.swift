import Foundation
import LineupModel

/// Stand-in for the search engine in `lineup list WORDS...`: an item matches when every word
/// occurs, ignoring case and accents, anywhere in its title, authors or abstract (as written
/// or in its display form). O(items × text) with no index.
///
/// Interim: delete this file when the LineupSearch engine replaces it; its one call site is
/// `ListCommand.run` in Sources/lineup.
public struct InterimWordFilter: Sendable {
    public let words: [String]

    /// `words` are split on white space; empty ones are ignored, so no words match everything.
    public init(_ words: [String]) {
        self.words = words.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map { Self.fold(String($0)) }
    }

    public func matches(_ talk: Talk) -> Bool {
        guard !words.isEmpty else { return true }
        let haystack = Self.fold(([talk.title] + talk.authors + [talk.abstract, talk.displayAbstract])
            .joined(separator: "\n"))
        return words.allSatisfy { haystack.contains($0) }
    }

    public func filter(_ talks: [Talk]) -> [Talk] {
        words.isEmpty ? talks : talks.filter(matches)
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

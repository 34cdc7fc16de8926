import Foundation
import LineupModel

/// An item found similar to another by `SearchIndex.related(to:limit:)`.
public struct RelatedItem: Hashable, Sendable {
    /// The item's position in the index (its place in `schedule.talks` for a whole schedule).
    public let position: Int
    public let id: TalkID
    /// The cosine of the two items' TF-IDF vectors (0...1), plus `RelatedModel.sharedAuthorBonus`
    /// for each author they share.
    public let score: Double
    /// How many author names (compared folded) the two items have in common.
    public let sharedAuthors: Int
}

/// The parameters of related talks.
///
/// Each item is a vector over the words of its title and abstract: a word weighs
/// `idf * (titleWeight * (1 + ln tf_title) + (1 + ln tf_abstract))` (a term is left out where
/// its count is 0), with `idf = ln(N / df)`, df being the number of items whose title holds
/// the word plus the number whose abstract does (at most N), so a word in nearly every item
/// (`the`, `we`) weighs nothing. Two items relate by the cosine of their vectors, plus a bonus
/// for each author name they share.
public enum RelatedModel {
    public static let titleWeight = 3.0
    public static let sharedAuthorBonus = 0.2
    /// Items scored exactly per query: the best of the first pass, or all items when there
    /// are no more than this.
    static let candidateCount = 200
    /// List entries the first pass reads at most (after the list that crosses it), rarest
    /// words first: this bounds its time whatever the item.
    static let entryBudget = 150_000
    /// Words of one or two bytes (`a`, `of`, `x1`) say nothing about a topic.
    static let shortestWord = 3

    static func inverseDocumentFrequency(listLengths: Int, itemCount: Int) -> Double {
        guard listLengths > 0, listLengths < itemCount else { return 0 }
        return log(Double(itemCount) / Double(listLengths))
    }

    static func termWeight(titleCount: Int, abstractCount: Int, idf: Double) -> Double {
        idf * (titleWeight * dampedCount(titleCount) + dampedCount(abstractCount))
    }

    /// `1 + ln(count)`, 0 for 0; from a table below 256 (list entries count up to 255).
    @inline(__always)
    static func dampedCount(_ count: Int) -> Double {
        guard count > 0 else { return 0 }
        return count < dampedCounts.count ? dampedCounts[count] : 1 + log(Double(count))
    }

    private static let dampedCounts: [Double] = (0..<256).map { $0 == 0 ? 0 : 1 + log(Double($0)) }
}

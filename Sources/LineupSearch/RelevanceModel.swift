import Foundation

/// The parameters of relevance ranking: BM25F (Robertson, Zaragoza and Taylor, "Simple BM25
/// extension to multiple weighted fields", 2004) with boosts for how well a word matches.
///
/// For each text term t of the query and each item:
/// - in every field f the term may match, each word of the field that contains t counts
///   `quality` (1 for the exact word, less for a word it starts, less again for a word it is
///   inside of; a typo-tolerant word counts `tolerant` times that); the sum, `tf(t, f)`, is
///   normalised by the field's length in words: `tf / (1 - b_f + b_f * length / average)`;
/// - the fields are combined with their weights into one pseudo-frequency
///   `T = sum over f of weight_f * normalised tf(t, f)`, which saturates:
///   `idf(t) * T * (k1 + 1) / (k1 + T)`, where `idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))`
///   and df estimates the number of items the term matches (`termFrequencyEstimate`, at most
///   N); a term whose estimate is more than 2N has idf 0;
/// - an item's score is the sum over the terms, plus `adjacency` for each pair of consecutive
///   query words that stand next to each other in the title.
///
/// Items are ordered by how many of the terms they match exactly first (so exact hits always
/// rank above typo-tolerant ones), then by score, then in schedule order. A term that is a
/// phrase (or holds punctuation) counts its occurrences instead of words, with the same
/// qualities at word boundaries. The short fields (session, track, room, award, source) count
/// 1 when they hold the term.
///
/// Weights were tuned with the known-item benchmark (`make bench`, ICLR 2020 papers).
enum RelevanceModel {
    static let k1: Float = 1.2
    /// Per `WordIndex.fields` order: title, authors, abstract.
    static let longFieldWeights: [Float] = [8, 4, 1]
    static let longFieldB: [Float] = [0.3, 0.3, 0.75]
    /// Session and track; room, award, source.
    static let sessionWeight: Float = 2
    static let otherShortFieldWeight: Float = 1
    static let exactQuality: Float = 1
    static let wordStartQuality: Float = 0.6
    static let insideQuality: Float = 0.25
    /// Factor for words matched only by typo tolerance.
    static let tolerant: Float = 0.5
    static let adjacency: Float = 1

    static func quality(atStart: Bool, wholeWord: Bool) -> Float {
        wholeWord ? exactQuality : atStart ? wordStartQuality : insideQuality
    }

    /// 0 for a term whose estimate (`SearchIndex.termFrequencyEstimate`) is more than twice
    /// the item count: one or two letters, "the"; such a term says nothing about relevance,
    /// and scoring it would read lists as long as the whole index, so it is not scored.
    static func inverseDocumentFrequency(documentFrequency estimate: Int, itemCount n: Int) -> Float {
        guard estimate <= 2 * n else { return 0 }
        let df = Double(min(max(estimate, 0), n))
        return Float(log(1 + (Double(n) - df + 0.5) / (df + 0.5)))
    }

    /// `1 / (1 - b + b * length / average)` for every length up to `maximum`.
    static func normalisation(field: Int, average: Double, maximum: Int) -> [Float] {
        let b = Double(longFieldB[field])
        return (0...maximum).map { length in Float(1 / (1 - b + b * Double(length) / average)) }
    }

    static func saturate(_ pseudoFrequency: Float) -> Float {
        pseudoFrequency * (k1 + 1) / (k1 + pseudoFrequency)
    }
}

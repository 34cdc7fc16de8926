import Foundation
import LineupModel

/// An item related to another, as `lineup related --json` prints it: the keys of
/// `TalkRecord`, plus `score` (cosine similarity plus the shared-author bonus, rounded to
/// four decimals) and `sharedAuthors`.
public struct RelatedRecord: Encodable, Sendable {
    public var record: TalkRecord
    public var score: Double
    public var sharedAuthors: Int

    public init(_ record: TalkRecord, score: Double, sharedAuthors: Int) {
        self.record = record
        self.score = score
        self.sharedAuthors = sharedAuthors
    }

    enum Key: String, CodingKey {
        case score, sharedAuthors
    }

    public func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode((score * 10_000).rounded() / 10_000, forKey: .score)
        try c.encode(sharedAuthors, forKey: .sharedAuthors)
    }

    /// The items as a JSON array (formatted as `TalkRecord.json`).
    public static func json(_ related: [(talk: Talk, score: Double, sharedAuthors: Int)], in schedule: Schedule) throws -> String {
        let conferences = schedule.conferenceNames
        return try TalkRecord.encode(related.map {
            RelatedRecord(TalkRecord($0.talk, conference: conferences[$0.talk.source]), score: $0.score, sharedAuthors: $0.sharedAuthors)
        })
    }

    /// The table `lineup related` prints: `TalkTable`'s columns after a SCORE column.
    public static func table(_ related: [(talk: Talk, score: Double, sharedAuthors: Int)]) -> String {
        let rows = TalkTable.render(related.map(\.talk)).split(separator: "\n", omittingEmptySubsequences: false)
        let scores = ["SCORE "] + related.map { String(format: "%.3f ", $0.score) }
        return zip(scores, rows).map { $0 + " " + $1 }.joined(separator: "\n")
    }
}

/// What one parser makes of one file: its source, sessions and items, in page order.
public struct ScheduleFragment: Sendable {
    public var source: Source
    public var sessions: [Session]
    public var talks: [Talk] {
        didSet { titleHashes = [] }
    }
    /// `TalkID.normalisedTitleHash` of each item's title, in `talks` order, when the parser
    /// computed them while the titles were in cache (assembling otherwise reads every title
    /// again, a cache miss each at 100,000 items). Empty when not computed; any change to
    /// `talks` empties it, so it never disagrees with the titles.
    package private(set) var titleHashes: [UInt64] = []

    public init(source: Source, sessions: [Session] = [], talks: [Talk] = []) {
        self.source = source
        self.sessions = sessions
        self.talks = talks
    }

    /// Sets `titleHashes` to hashes a parser computed with the items (one per item, in order).
    package mutating func setTitleHashes(_ hashes: [UInt64]) {
        precondition(hashes.count == talks.count, "one title hash per item")
        titleHashes = hashes
    }

    /// Computes `titleHashes`; parsers call it once the items are made.
    package mutating func hashTitles() {
        titleHashes = talks.indices.map { TalkID.normalisedTitleHash(talks[$0].title) }
    }
}

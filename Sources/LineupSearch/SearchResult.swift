import BitCollections

/// The items a query keeps, in schedule order.
public struct SearchResult: Sendable {
    public let query: Query
    let index: SearchIndex
    let members: BitSet
    /// Positions of the kept items (indexes into the indexed items, e.g. `schedule.talks`),
    /// ascending, i.e. in schedule order.
    public let positions: [Int]
    /// Query words no item holds, answered with the words nearest to them (the query's terms
    /// for them are typo-tolerant).
    public let corrections: [TypoCorrection]

    init(query: Query, index: SearchIndex, members: BitSet, corrections: [TypoCorrection] = []) {
        self.query = query
        self.index = index
        self.members = members
        self.positions = Array(members)
        self.corrections = corrections
    }

    /// The number of kept items; O(1).
    public var count: Int { positions.count }

    /// Whether the item at `position` is kept; O(1).
    public func contains(position: Int) -> Bool { members.contains(position) }
}

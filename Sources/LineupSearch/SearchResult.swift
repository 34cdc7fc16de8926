import BitCollections

/// The items a query keeps, in schedule order.
public struct SearchResult: Sendable {
    public let query: Query
    let index: SearchIndex
    let members: BitSet
    /// Positions of the kept items (indexes into the indexed items, e.g. `schedule.talks`),
    /// ascending, i.e. in schedule order.
    public let positions: [Int]

    init(query: Query, index: SearchIndex, members: BitSet) {
        self.query = query
        self.index = index
        self.members = members
        self.positions = Array(members)
    }

    /// The number of kept items; O(1).
    public var count: Int { positions.count }

    /// Whether the item at `position` is kept; O(1).
    public func contains(position: Int) -> Bool { members.contains(position) }
}

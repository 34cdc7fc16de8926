/// The details' "Related": the talks most like the selected one (`SearchIndex.related`), found
/// by the engine once its index is ready, and the one `r` has chosen (Enter goes to it).
public struct RelatedTalks: Hashable, Sendable {
    /// How many the details list.
    public static let limit = 5

    /// The talk they relate to (a position in `schedule.talks`); nil before any was asked.
    public var position: Int?
    /// Positions in `schedule.talks`, best first.
    public var talks: [Int] = []
    /// Index into `talks` of the chosen one; nil until `r` chooses.
    public var chosen: Int?

    public init(position: Int? = nil, talks: [Int] = []) {
        self.position = position
        self.talks = talks
    }

    /// The related talks of the talk at `selected`: empty until they are found for it.
    public func talks(for selected: Int?) -> [Int] {
        selected != nil && selected == position ? talks : []
    }
}

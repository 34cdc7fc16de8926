import LineupModel

/// Finds an indexed item's position from its id.
///
/// An index of a schedule's talks asks the schedule, whose own table (`Schedule.position(of:)`)
/// already maps every id, instead of keeping a second one: at 100,000 talks that table is
/// about 12 MB. Other indexes keep a dictionary, or scan their ids (the scan strategy, which
/// looks ids up at most once).
enum PositionLookup: Sendable {
    /// Position i of the index is `schedule.talks[range.lowerBound + i]`; the schedule's ids
    /// are unique.
    case schedule(Schedule, Range<Int>)
    /// Id -> the first position holding it.
    case table([TalkID: Int])
    /// No table: `SearchIndex.position(of:)` scans the ids, O(n).
    case scan

    /// The position of `id` among the index's items, if indexed; nil for `.scan`.
    func position(of id: TalkID) -> Int? {
        switch self {
        case .schedule(let schedule, let range):
            guard let position = schedule.position(of: id), range.contains(position) else { return nil }
            return position - range.lowerBound
        case .table(let table):
            return table[id]
        case .scan:
            return nil
        }
    }

    var isScan: Bool {
        if case .scan = self { return true }
        return false
    }

    /// Bytes of its own table (the schedule's is not counted).
    var memoryFootprint: Int {
        if case .table(let table) = self { return table.capacity * (MemoryLayout<TalkID>.stride + MemoryLayout<Int>.stride) }
        return 0
    }
}

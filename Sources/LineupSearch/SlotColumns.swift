import LineupModel

/// The items' slots as the clock words read them (`ClockSlot`): start and end on their
/// zone's scale, and which of the few distinct zones each item is read in (zone 0 is
/// floating, which untimed items also get: a listing's day names no zone). Now's position and
/// today's date are worked out once per zone per query. Memory: 18 bytes per item.
struct SlotColumns: Sendable {
    /// The start of an untimed item.
    static let untimed = Int64.min

    private(set) var starts: [Int64] = []
    private(set) var ends: [Int64] = []
    /// Index into `zones` of each item's zone.
    private(set) var zoneOfItem: [UInt16] = []
    /// The distinct zones, `.floating` first.
    private(set) var zones: [SlotZone] = [.floating]
    private var indexByZone: [SlotZone: UInt16] = [.floating: 0]

    init(expectedCount: Int) {
        starts.reserveCapacity(expectedCount)
        ends.reserveCapacity(expectedCount)
        zoneOfItem.reserveCapacity(expectedCount)
    }

    mutating func append(_ slot: ClockSlot) {
        starts.append(slot.start)
        ends.append(slot.end)
        zoneOfItem.append(zoneIndex(slot.zone))
    }

    mutating func appendUntimed() {
        starts.append(Self.untimed)
        ends.append(Self.untimed)
        zoneOfItem.append(0)
    }

    /// The zone's index; zones beyond 65,535 distinct ones (no real schedule) share the last.
    private mutating func zoneIndex(_ zone: SlotZone) -> UInt16 {
        if let index = indexByZone[zone] { return index }
        guard zones.count <= Int(UInt16.max) else { return UInt16.max }
        let index = UInt16(zones.count)
        zones.append(zone)
        indexByZone[zone] = index
        return index
    }

    var memoryFootprint: Int { starts.count * 8 + ends.count * 8 + zoneOfItem.count * 2 }
}

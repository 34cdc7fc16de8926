/// A text field with few distinct values (session, room, award, source, kind, track, language): each distinct
/// value is folded once and items point at it, so a term is matched against the distinct
/// values, not against every item. Memory: one `Int32` per item plus the distinct values.
struct ValueColumn: Sendable {
    /// Folded distinct values; list values are joined with a line feed.
    private(set) var values: [[UInt8]] = []
    /// The index into `values` of each item's value, or -1 when it has none.
    private(set) var valueOfItem: [Int32] = []
    private var indexByValue: [SearchValue: Int32] = [:]

    init() {}

    private var previous: (value: SearchValue, index: Int32)?

    mutating func append(_ value: SearchValue?) {
        guard let value else {
            valueOfItem.append(-1)
            return
        }
        // Neighbours share their session, room and source: skip the hash lookup for them.
        if let previous, previous.value == value {
            valueOfItem.append(previous.index)
            return
        }
        if let index = indexByValue[value] {
            previous = (value, index)
            valueOfItem.append(index)
            return
        }
        var bytes: [UInt8] = []
        switch value {
        case .text(let text):
            TextFolding.append(text, to: &bytes)
        case .list(let texts):
            for (position, text) in texts.enumerated() {
                if position > 0 { bytes.append(0x0A) }
                TextFolding.append(text, to: &bytes)
            }
        case .date(let date):
            bytes = Array(date.iso.utf8)
        case .minuteOfDay(let minute):
            bytes = Array(String(minute).utf8)
        case .slot(let slot):
            bytes = Array("\(slot.start)-\(slot.end)".utf8)
        }
        let index = Int32(values.count)
        values.append(bytes)
        indexByValue[value] = index
        valueOfItem.append(index)
        previous = (value, index)
    }

    /// For each distinct value, whether `needle` occurs in it; nil when none does (the caller
    /// can then skip the items altogether).
    func valuesContaining(_ needle: ByteNeedle) -> [Bool]? {
        var any = false
        let flags = values.map { value in
            let hit = value.withUnsafeBufferPointer { needle.occurs(in: $0) }
            any = any || hit
            return hit
        }
        return any ? flags : nil
    }

    /// For each distinct value, whether it starts with `bytes`; nil when none does.
    func valuesStarting(with bytes: [UInt8]) -> [Bool]? {
        let flags = values.map { $0.starts(with: bytes) }
        return flags.contains(true) ? flags : nil
    }

    /// For each distinct value, whether it equals `bytes`; nil when none does.
    func valuesEqual(to bytes: [UInt8]) -> [Bool]? {
        let flags = values.map { $0 == bytes }
        return flags.contains(true) ? flags : nil
    }

    /// The item's folded value, if any.
    func value(of item: Int) -> [UInt8]? {
        let index = valueOfItem[item]
        return index < 0 ? nil : values[Int(index)]
    }

    var memoryFootprint: Int {
        valueOfItem.count * 4 + values.reduce(0) { $0 + $1.count + 32 }
    }

    /// Drops the build-time lookup table and spare capacity.
    mutating func finish() {
        indexByValue = [:]
        previous = nil
        valueOfItem = valueOfItem.shrunkToFit()
    }
}

import LineupModel

/// Every column of the index but the abstract's, while the index is built: the ids, title,
/// authors, the value columns, days, starts and slots. Kept apart from the abstract (the
/// bulk of the text) so that a build on two threads can make each on its own
/// (`SearchIndex.init(schedule:talks:strategy:cores:)`).
struct LeadColumns {
    var ids: [TalkID] = []
    var title: TextColumn, authors: TextColumn
    var session = ValueColumn(), room = ValueColumn(), award = ValueColumn()
    var source = ValueColumn(), kind = ValueColumn()
    var track = ValueColumn(), language = ValueColumn(), sourceID = ValueColumn()
    var days: [Int32] = [], startMinutes: [Int16] = []
    var slots: SlotColumns

    /// Room for `expectedCount` items (0 when unknown).
    init(expectedCount: Int) {
        title = TextColumn(expectedCount: expectedCount)
        authors = TextColumn(expectedCount: expectedCount)
        slots = SlotColumns(expectedCount: expectedCount)
        ids.reserveCapacity(expectedCount)
        days.reserveCapacity(expectedCount)
        startMinutes.reserveCapacity(expectedCount)
    }

    /// The number of items appended.
    var count: Int { ids.count }

    mutating func append<Item: Searchable>(_ item: Item) {
        ids.append(item.id)
        title.append(item.value(for: .title))
        authors.append(item.value(for: .authors))
        session.append(item.value(for: .session))
        room.append(item.value(for: .room))
        award.append(item.value(for: .award))
        source.append(item.value(for: .source))
        kind.append(item.value(for: .kind))
        track.append(item.value(for: .track))
        language.append(item.value(for: .language))
        sourceID.append(item.value(for: .sourceID))
        if case .date(let date)? = item.value(for: .day) {
            days.append(Int32(clamping: date.daysSinceEpoch))
        } else {
            days.append(Int32.min)
        }
        if case .minuteOfDay(let minute)? = item.value(for: .startTime), (0..<1440).contains(minute) {
            startMinutes.append(Int16(minute))
        } else {
            startMinutes.append(-1)
        }
        if case .slot(let slot)? = item.value(for: .slot) { slots.append(slot) } else { slots.appendUntimed() }
    }

    /// Trims the columns once every item is in.
    mutating func finish() {
        title.finish(); authors.finish()
        session.finish(); room.finish(); award.finish(); source.finish(); kind.finish()
        track.finish(); language.finish(); sourceID.finish()
    }
}

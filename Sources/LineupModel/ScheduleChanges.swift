/// What changed from one version of a schedule to the next: one `ItemChange` per item that
/// was added, removed (or cancelled) or changed, matched as `ItemMatching` says.
///
/// Order: the items of the newer version in schedule order, then the items gone from it in
/// the older version's order. An item already cancelled in the older version and gone from
/// the newer one is not a change (it was reported when it went).
public struct ScheduleChanges: Hashable, Sendable {
    public var items: [ItemChange]

    public init(items: [ItemChange] = []) {
        self.items = items
    }

    public static let none = ScheduleChanges()

    public var isEmpty: Bool { items.isEmpty }
    public var count: Int { items.count }

    /// The changes between two versions. O(n) in the items of both.
    public static func between(old: Schedule, new: Schedule) -> ScheduleChanges {
        let matching = ItemMatching(old: old.talks, new: new.talks)
        var items: [ItemChange] = []
        for (position, talk) in new.talks.enumerated() {
            guard let oldPosition = matching.oldByNew[position] else {
                items.append(ItemChange(kind: .added, id: talk.id, after: talk))
                continue
            }
            let before = old.talks[oldPosition]
            let fields = ItemChange.fields(from: before, to: talk)
            guard let kind = ItemChange.kind(of: fields, wasCancelled: before.isCancelled) else { continue }
            items.append(ItemChange(kind: kind, id: talk.id, previousID: before.id, fields: fields,
                                    before: before, after: talk))
        }
        for (position, talk) in old.talks.enumerated() where matching.newByOld[position] == nil && !talk.isCancelled {
            items.append(ItemChange(kind: .removed, id: talk.id, previousID: talk.id, before: talk))
        }
        return ScheduleChanges(items: items)
    }

    /// The change of the item with `id` in the newer version; O(n).
    public func change(of id: TalkID) -> ItemChange? {
        items.first { $0.id == id }
    }

    /// How many changes are of each kind.
    public var countByKind: [ItemChange.Kind: Int] {
        items.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    /// The changes with those of bookmarked items first, each group in its order.
    public func bookmarkedFirst(_ isBookmarked: (TalkID) -> Bool) -> [ItemChange] {
        var bookmarked: [ItemChange] = [], others: [ItemChange] = []
        for item in items {
            if isBookmarked(item.id) || item.previousID.map(isBookmarked) == true {
                bookmarked.append(item)
            } else {
                others.append(item)
            }
        }
        return bookmarked + others
    }

    /// Old id -> new id for the items that kept their identity under another id (matched by
    /// source id or title): bookmarks of the old id belong to the new one.
    public var renamedIDs: [TalkID: TalkID] {
        var ids: [TalkID: TalkID] = [:]
        for item in items {
            if let previous = item.previousID, previous != item.id { ids[previous] = item.id }
        }
        return ids
    }
}

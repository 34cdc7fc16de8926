/// Pairs the items of an older and a newer version of a schedule, each item at most once.
///
/// In order, among the items still unpaired: the same id (for formats with source ids the id
/// is derived from it, so this is the source's id within the conference); the same source id
/// when it names one item on each side (the conference's name changed, say); then, for items
/// without a source id, the same normalised title when it names one item on each side (a
/// moved slot, whose derived id changes with its time); then the same slot (start and room)
/// when it holds one item on each side (a slot renamed in place).
/// O(n) in the items of both versions, with hashing.
struct ItemMatching {
    /// Old position -> new position.
    private(set) var newByOld: [Int: Int] = [:]
    private(set) var oldByNew: [Int: Int] = [:]

    init(old: [Talk], new: [Talk]) {
        var newPositionByID: [TalkID: Int] = [:]
        for (position, talk) in new.enumerated() { newPositionByID[talk.id] = position }
        for (position, talk) in old.enumerated() {
            if let match = newPositionByID[talk.id] { pair(position, match) }
        }
        pairUnique(old, new, key: { $0.sourceID })
        pairUnique(old, new, key: { $0.sourceID == nil ? TalkID.normalisedTitle($0.title) : nil })
        pairUnique(old, new, key: { talk in
            guard talk.sourceID == nil, let start = talk.localStart else { return nil }
            return "\(start.iso)|\(talk.room ?? talk.session)"
        })
    }

    private mutating func pair(_ old: Int, _ new: Int) {
        newByOld[old] = new
        oldByNew[new] = old
    }

    /// Pairs unpaired items whose `key` is the same and names exactly one unpaired item on each side.
    private mutating func pairUnique(_ old: [Talk], _ new: [Talk], key: (Talk) -> String?) {
        let oldByKey = uniquePositions(old, key: key, skipping: newByOld)
        let newByKey = uniquePositions(new, key: key, skipping: oldByNew)
        for (key, oldPosition) in oldByKey {
            if let newPosition = newByKey[key] { pair(oldPosition, newPosition) }
        }
    }

    /// Key -> position for keys exactly one unpaired item has.
    private func uniquePositions(_ talks: [Talk], key: (Talk) -> String?, skipping paired: [Int: Int]) -> [String: Int] {
        var positions: [String: Int] = [:]
        var repeated: Set<String> = []
        for (position, talk) in talks.enumerated() where paired[position] == nil {
            guard let value = key(talk) else { continue }
            if positions.updateValue(position, forKey: value) != nil { repeated.insert(value) }
        }
        for value in repeated { positions[value] = nil }
        return positions
    }
}

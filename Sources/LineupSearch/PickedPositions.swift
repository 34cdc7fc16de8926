import Foundation
import BitCollections
import LineupModel

/// Friends' picks as positions of one index: what `picked:NAME` and `is:picked` match.
struct PickedPositions: Sendable {
    private var byName: [String: BitSet] = [:]
    private var any = BitSet()

    init() {}

    /// `picks`: a friend's name folded with `FriendName.fold` -> the ids they picked.
    init(_ picks: [String: Set<TalkID>], in index: SearchIndex) {
        for (name, ids) in picks {
            let positions = index.positions(of: ids)
            byName[FriendName.fold(name)] = positions
            any.formUnion(positions)
        }
    }

    /// The positions `name` (folded) picked; for nil, those anyone picked.
    func positions(of name: String?) -> BitSet {
        guard let name else { return any }
        return byName[name] ?? BitSet()
    }
}

/// How friends' names compare: without regard to case or surrounding blanks ("Ana" = "ana").
public enum FriendName {
    public static func fold(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

/// Choosing friends by name: `lineup export --with NAME` and the like.
extension PicksSet {
    /// The word that names every friend at once (`--with all`).
    public static let everyone = "all"

    /// The friends `names` name, in the order named, each once: a friend's name (any case),
    /// or `all` for every friend (in the file's order).
    /// - Throws: `UnknownFriend` for a name no friend has.
    public func choose(_ names: [String]) throws(UnknownFriend) -> [FriendPicks] {
        var chosen: [FriendPicks] = []
        var seen: Set<String> = []
        for name in names {
            let matches: [FriendPicks]
            if FriendPicks.key(name) == Self.everyone {
                matches = friends
            } else if let friend = friend(name) {
                matches = [friend]
            } else {
                throw UnknownFriend(name: name, known: friends.map(\.name))
            }
            chosen += matches.filter { seen.insert($0.key).inserted }
        }
        return chosen
    }
}

/// A name that no imported friend has.
public struct UnknownFriend: Error, Equatable, CustomStringConvertible {
    public var name: String
    /// The names there are, in the picks file's order.
    public var known: [String]

    public init(name: String, known: [String]) {
        self.name = name
        self.known = known
    }

    /// "no friend named "Bo" (known: Ana, Wei; or all)". Names are not sanitized here.
    public var description: String {
        known.isEmpty
            ? "no friend named \"\(name)\": no friends' picks are kept yet (`lineup bookmark import FILE --as NAME` adds some)"
            : "no friend named \"\(name)\" (known: \(known.joined(separator: ", ")); or \(PicksSet.everyone))"
    }
}

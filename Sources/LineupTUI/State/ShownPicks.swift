import LineupAgenda

/// Whose picks the agenda shows beside yours (`f` in the agenda cycles): nobody's, one
/// friend's, or every friend's.
public enum ShownPicks: Hashable, Sendable {
    case nobody
    /// One friend, by the name as imported.
    case friend(String)
    case everyone

    /// The next choice in the cycle over `picks`' friends: nobody, each friend in the picks
    /// file's order, everyone (only with two friends or more: with one it is that friend),
    /// nobody again. A friend no longer in the file starts the cycle over.
    func next(among picks: PicksSet) -> ShownPicks {
        let friends = picks.friends
        switch self {
        case .nobody:
            return friends.first.map { .friend($0.name) } ?? .nobody
        case .friend(let name):
            guard let index = friends.firstIndex(where: { $0.key == FriendPicks.key(name) }) else { return .nobody }
            if index + 1 < friends.count { return .friend(friends[index + 1].name) }
            return friends.count > 1 ? .everyone : .nobody
        case .everyone:
            return .nobody
        }
    }

    /// The friends shown, from `picks`.
    func friends(in picks: PicksSet) -> [FriendPicks] {
        switch self {
        case .nobody: return []
        case .friend(let name): return picks.friend(name).map { [$0] } ?? []
        case .everyone: return picks.friends
        }
    }

    /// "Ana's picks", "everyone's picks"; nil for nobody's. Not sanitized: draw it as a
    /// `TerminalString`.
    var label: String? {
        switch self {
        case .nobody: return nil
        case .friend(let name): return "\(name)'s picks"
        case .everyone: return "everyone's picks"
        }
    }
}

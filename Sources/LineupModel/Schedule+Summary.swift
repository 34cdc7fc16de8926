extension Schedule {
    /// "115 items (3 oral, 33 spotlight, 1 qa, 78 paper) in 5 sessions over 5 days from 5
    /// files": kinds in order of first appearance.
    public var summary: String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for talk in talks {
            if counts[talk.kind.name] == nil { order.append(talk.kind.name) }
            counts[talk.kind.name, default: 0] += 1
        }
        let kinds = order.isEmpty ? "" : " (" + order.map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", ") + ")"
        return "\(talks.count) items\(kinds) in \(sessions.count) sessions over \(days.count) days "
            + "from \(sources.count) files"
    }
}

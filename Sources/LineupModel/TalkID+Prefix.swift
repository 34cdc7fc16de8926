extension TalkID {
    /// The ids among `ids` that `text` names, as a user types an id: the one equal to it, else
    /// every one it begins, ignoring case ("TC9D7095" names tc9d7095c27cc3f17), in the order
    /// given. Empty text begins none. O(n).
    public static func named(by text: String, among ids: some Sequence<TalkID>) -> [TalkID] {
        let exact = TalkID(text)
        let prefix = text.lowercased()
        var begun: [TalkID] = []
        for id in ids {
            if id == exact { return [id] }
            if !prefix.isEmpty, id.rawValue.lowercased().hasPrefix(prefix) { begun.append(id) }
        }
        return begun
    }
}

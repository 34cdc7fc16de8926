import LineupModel

extension Talk {
    /// Every web link of the item, for `o`'s chooser: its url, the schedule's links for it
    /// (with their titles), then the links in its abstract; each once, in that order, http(s)
    /// only (`WebLink.check`).
    public var webLinkChoices: [LinkChooser.Choice] {
        var seen = Set<String>()
        let all = (url.map { [LinkChooser.Choice(url: $0, title: "Page")] } ?? [])
            + resources.map { LinkChooser.Choice(url: $0.url, title: $0.title) }
            + links.map { LinkChooser.Choice(url: $0) }
        return all.filter { choice in
            guard (try? WebLink.check(choice.url)) != nil else { return false }
            return seen.insert(choice.url).inserted
        }
    }
}

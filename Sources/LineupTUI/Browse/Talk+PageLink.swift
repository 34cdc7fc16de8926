import LineupModel

extension Talk {
    /// The item's page, which `o` opens and `y` copies: its `url`, else the schedule's first
    /// link for it, else the first link in its abstract; nil when it has none.
    public var pageLink: String? {
        url ?? resources.first?.url ?? links.first
    }
}

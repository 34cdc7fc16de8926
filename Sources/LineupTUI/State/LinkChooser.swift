import LineupModel

/// `o` on an item with several web links: the links, numbered from 1, one selected. Enter
/// (or a link's number) opens it, Esc cancels.
///
/// Invariant: `choices` is not empty and `selected` is one of its indices.
public struct LinkChooser: Hashable, Sendable {
    /// A link and the title the source gives it (nil: none).
    public struct Choice: Hashable, Sendable {
        public var url: String
        public var title: String?

        public init(url: String, title: String? = nil) {
            self.url = url
            self.title = title
        }
    }

    public let talkTitle: String
    public let choices: [Choice]
    public private(set) var selected = 0

    /// nil when `choices` is empty.
    public init?(talkTitle: String, choices: [Choice]) {
        guard !choices.isEmpty else { return nil }
        self.talkTitle = talkTitle
        self.choices = choices
    }

    public var selectedChoice: Choice { choices[selected] }

    /// Moves the selection, stopping at either end.
    mutating func move(by delta: Int) {
        selected = min(max(0, selected + delta), choices.count - 1)
    }

    /// Selects the link numbered `number` (from 1); false when there is none.
    mutating func select(number: Int) -> Bool {
        guard (1...choices.count).contains(number) else { return false }
        selected = number - 1
        return true
    }
}

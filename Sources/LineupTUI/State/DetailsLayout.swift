/// The details pane's laid-out lines and the content they were laid out from: what the state
/// keeps so that neither the next action nor the frame lays the same details out again.
/// (At 100,000 talks, laying out the details was a sixth of a keystroke's frame, done once
/// per action and again to draw.)
///
/// Correct by construction: the lines are `DetailsText.lines(content)`, which reads nothing
/// but `content`, and they are used only where the content taken from the state now is equal.
struct DetailsLayout: Sendable {
    let content: DetailsContent
    let lines: [[Glyph]]

    init(_ content: DetailsContent) {
        self.content = content
        lines = DetailsText.lines(content)
    }
}

extension BrowserState {
    /// The details' lines for a pane `width` columns wide: the kept ones when the state still
    /// has the same content, else laid out afresh (and not kept: drawing does not change the state).
    func detailsLines(width: Int) -> [[Glyph]] {
        let content = DetailsContent(self, width: width)
        if let detailsLayout, detailsLayout.content == content { return detailsLayout.lines }
        return DetailsText.lines(content)
    }
}

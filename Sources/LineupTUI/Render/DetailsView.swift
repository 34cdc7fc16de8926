/// The details pane: its heading (with how far down the text is) and the lines of
/// `DetailsText` that the details' viewport shows.
enum DetailsView {
    static func draw(_ state: BrowserState, _ frame: ScreenLayout.Frame, into grid: inout Grid) {
        let focused = state.focus == .details
        let content = frame.content.inset(columns: 1)
        let lines = state.detailsLines(width: frame.rect.width)
        let viewport = state.details
        let detail = viewport.isScrollable && content.height > 0 ? "\(viewport.percentShown)%" : ""
        PaneChrome.drawHeading("Details", detail: detail, focused: focused, frame: frame,
                               symbols: state.symbols, into: &grid)
        for (row, index) in viewport.visibleLines.enumerated() {
            grid.draw(lines[safe: index] ?? [], x: content.x, y: content.y + row, maxX: content.maxX)
        }
    }
}

/// The help screen: its heading and the lines of `HelpText` that the help's viewport shows.
enum HelpView {
    /// Draws the lines `viewport` shows (it was fitted to `layout.fullScreenText`).
    static func draw(_ viewport: Viewport, state: BrowserState, layout: ScreenLayout, into grid: inout Grid) {
        let body = layout.body
        PaneChrome.drawHeading("Lineup help", detail: "\(state.keyMap.keyName(.back, in: .help)) closes", focused: true,
                               in: Rect(x: body.x, y: body.y, width: body.width, height: 1), into: &grid)
        let content = layout.fullScreenText
        let lines = HelpText.lines(width: content.width, symbols: state.symbols, keyMap: state.keyMap)
        for (row, index) in viewport.visibleLines.enumerated() {
            grid.draw(lines[safe: index] ?? [], x: content.x, y: content.y + row, maxX: content.maxX)
        }
    }
}

/// Fitting the scrollable texts: after every action (`update` calls this last) and at start,
/// the details' and the help's viewports learn how many lines their text has at the width it
/// is drawn at and how many rows show it, so scrolling always knows where the end is and the
/// views draw what their viewport says. The details' lines are kept (`detailsLayout`) until
/// what they are made of changes.
extension BrowserState {
    mutating func fitViewports() {
        let layout = self.layout
        let content = DetailsContent(self, width: detailsPaneWidth)
        if detailsLayout?.content != content { detailsLayout = DetailsLayout(content) }
        details.resize(contentHeight: detailsLayout?.lines.count ?? 0, rows: layout.contentRows)
        if case .help(var viewport) = overlay {
            let text = layout.fullScreenText
            viewport.resize(contentHeight: HelpText.lines(width: text.width, symbols: symbols, keyMap: keyMap).count, rows: text.height)
            overlay = .help(viewport)
        }
    }

    /// The details pane's width, also while it is hidden (the width it has when shown).
    private var detailsPaneWidth: Int {
        let frame = layout.frame(of: .details)
            ?? ScreenLayout(size: size, focus: .details, daysWidth: outline.daysPaneWidth).frame(of: .details)
        return frame?.rect.width ?? size.columns
    }
}

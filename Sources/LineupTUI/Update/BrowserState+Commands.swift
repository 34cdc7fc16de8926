/// What each command of the table does.
extension BrowserState {
    mutating func perform(_ command: Command) -> [Effect] {
        switch overlay {
        case .help(let scroll):
            return performInHelp(command, scroll: scroll)
        case .agenda:
            return performInAgenda(command)
        case .none:
            return performInPanes(command)
        }
    }

    private mutating func performInPanes(_ command: Command) -> [Effect] {
        let pane = focus
        switch command {
        case .moveUp: moveOrScroll(pane, by: -1)
        case .moveDown: moveOrScroll(pane, by: 1)
        case .pageUp: page(pane, down: false)
        case .pageDown: page(pane, down: true)
        case .top:
            if pane == .details { detailsScroll = 0 } else { moveCursor(of: pane) { $0.selectFirst(count: $1, rows: $2) } }
        case .bottom:
            if pane == .details { scrollDetails(by: .max / 2) } else { moveCursor(of: pane) { $0.selectLast(count: $1, rows: $2) } }
        case .focusLeft:
            if let previous = pane.previous { setFocus(previous) }
        case .focusRight:
            if let next = pane.next { setFocus(next) }
        case .nextPane:
            setFocus(pane.next ?? .days)
        case .previousPane:
            setFocus(pane.previous ?? .details)
        case .open:
            if let next = pane.next { setFocus(next) }
        case .search:
            search.isEditing = true
        case .nextHit, .previousHit:
            jumpToHit(forward: command == .nextHit)
        case .rankByRelevance:
            toggleRanking()
        case .jumpToNow:
            return [.askTime]
        case .toggleBookmark:
            return toggleBookmarkOfSelectedTalk()
        case .note:
            openNotePrompt()
        case .bookmarksOnly:
            toggleBookmarksOnly()
        case .agenda:
            openAgenda()
        case .export:
            openExportPrompt()
        case .help:
            overlay = .help(scroll: 0)
        case .back:
            clearFilters()
        case .quit:
            return [.quit]
        }
        return []
    }

    private mutating func performInHelp(_ command: Command, scroll: Int) -> [Effect] {
        let page = max(1, layout.body.height - 1)
        let limit = max(0, HelpView.lineCount(width: size.columns) - layout.body.height)
        let clamp = { (value: Int) in min(max(0, value), limit) }
        switch command {
        case .moveUp: overlay = .help(scroll: clamp(scroll - 1))
        case .moveDown: overlay = .help(scroll: clamp(scroll + 1))
        case .pageUp: overlay = .help(scroll: clamp(scroll - page))
        case .pageDown: overlay = .help(scroll: clamp(scroll + page))
        case .top: overlay = .help(scroll: 0)
        case .bottom: overlay = .help(scroll: limit)
        case .back, .help: overlay = .none
        case .quit:
            return [.quit]
        default: break
        }
        return []
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        clampCursors()
    }

    mutating func moveOrScroll(_ pane: Pane, by delta: Int) {
        if pane == .details {
            scrollDetails(by: delta)
        } else {
            moveCursor(of: pane) { $0.move(by: delta, count: $1, rows: $2) }
        }
    }

    mutating func page(_ pane: Pane, down: Bool) {
        if pane == .details {
            let page = max(1, layout.contentRows - 1)
            scrollDetails(by: down ? page : -page)
        } else {
            moveCursor(of: pane) { cursor, count, rows in
                if down { cursor.pageDown(count: count, rows: rows) } else { cursor.pageUp(count: count, rows: rows) }
            }
        }
    }

    mutating func scrollDetails(by delta: Int) {
        detailsScroll = max(0, detailsScroll + max(-detailsScroll, delta))
        clampDetailsScroll()
    }

    /// Keeps the details from scrolling past their last line (at the width they have now).
    mutating func clampDetailsScroll() {
        let width = layout.frame(of: .details)?.rect.width ?? ScreenLayout(size: size, focus: .details, daysWidth: outline.daysPaneWidth).frame(of: .details)?.rect.width ?? size.columns
        let lines = DetailsView.lineCount(self, width: width)
        detailsScroll = min(detailsScroll, max(0, lines - layout.contentRows))
    }

    mutating func jumpToHit(forward: Bool) {
        guard search.isFiltering else {
            message = StatusMessage("No search: press / to search")
            return
        }
        guard let position = neighbouringVisibleTalk(forward: forward) else { return }
        reveal(talk: position)
        if focus != .details { setFocus(.talks) }
    }

    /// `s`: ranks the hits of the search (now and later ones) by relevance, or puts them
    /// back in schedule order.
    mutating func toggleRanking() {
        ranksByRelevance.toggle()
        refreshVisibility()
        if isRanking { selectTalk(0) }
        if !ranksByRelevance {
            message = StatusMessage("Hits in schedule order")
        } else if search.isFiltering {
            message = StatusMessage("Hits by relevance: title before authors before abstract")
        } else {
            message = StatusMessage("Search hits will be sorted by relevance (/ searches)")
        }
        if isRanking, !visibleTalks.isEmpty, focus == .days || focus == .sessions { setFocus(.talks) }
    }

    /// Esc in the panes: clears the search first, then the bookmarks-only view.
    mutating func clearFilters() {
        if search.isFiltering || !search.text.isEmpty {
            search = SearchState()
            refreshVisibility()
        } else if bookmarksOnly {
            toggleBookmarksOnly()
        }
    }
}

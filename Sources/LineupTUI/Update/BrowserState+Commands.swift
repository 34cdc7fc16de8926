/// What each command of the table does, by mode. Quitting never gets here: `update` decides
/// it before dispatching.
extension BrowserState {
    mutating func perform(_ command: Command) -> [Effect] {
        switch keyContext {
        case .exportPrompt, .replacePrompt, .notePrompt, .linkChooser:
            return performInPrompt(command)
        case .query:
            return performInQuery(command)
        case .help:
            guard case .help(let viewport) = overlay else { return [] }
            return performInHelp(command, viewport: viewport)
        case .agenda:
            return performInAgenda(command)
        case .nowAndNext:
            return performInNowAndNext(command)
        case .changes:
            return performInChanges(command)
        case .days, .sessions, .talks, .details:
            return performInPanes(command)
        case .tooSmall:
            return []
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
            if pane == .details { details.scrollToTop() } else { moveCursor(of: pane) { $0.selectFirst(count: $1, rows: $2) } }
        case .bottom:
            if pane == .details { details.scrollToBottom() } else { moveCursor(of: pane) { $0.selectLast(count: $1, rows: $2) } }
        case .focusLeft:
            if let previous = pane.previous { setFocus(previous) }
        case .focusRight:
            if let next = pane.next { setFocus(next) }
        case .nextPane:
            setFocus(pane.next ?? .days)
        case .previousPane:
            setFocus(pane.previous ?? .details)
        case .open:
            if pane == .details { _ = openChosenRelated() } else if let next = pane.next { setFocus(next) }
        case .nextRelated, .previousRelated:
            chooseRelated(forward: command == .nextRelated)
        case .search:
            search.isEditing = true
        case .nextHit, .previousHit:
            jumpToHit(forward: command == .nextHit)
        case .rankByRelevance:
            toggleRanking()
        case .jumpToNow:
            return [.askTime]
        case .switchGrouping:
            switchGrouping()
        case .toggleBookmark:
            return toggleBookmarkOfSelectedTalk()
        case .undo:
            return undoBookmarkChange()
        case .note:
            openNotePrompt()
        case .openLink:
            return openLinkOfSelectedTalk()
        case .copyLink:
            return copyLinkOfSelectedTalk()
        case .bookmarksOnly:
            toggleBookmarksOnly()
        case .updateSources:
            message = StatusMessage("Checking the sources for a new version\(symbols.ellipsis.value)")
            return [.refreshSources]
        case .hidePast:
            toggleHidePast()
        case .nowAndNext:
            openNowAndNext()
        case .agenda:
            openAgenda()
        case .changes:
            openChanges()
        case .export:
            openExportPrompt()
        case .help:
            overlay = .help(Viewport())
        case .back:
            clearFilters()
        case .friendsPicks:
            break  // the agenda's
        case .quit, .suspend, .accept, .cancel, .cycleFormat, .cycleFormatBackwards, .cursorLeft, .cursorRight, .lineStart,
             .lineEnd, .deleteBackward, .deleteForward, .deleteToStart, .deleteWord:
            break  // quit and suspend are decided before dispatch; the rest belong to text fields
        }
        return []
    }

    private mutating func performInHelp(_ command: Command, viewport: Viewport) -> [Effect] {
        var viewport = viewport
        switch command {
        case .moveUp: viewport.scroll(by: -1)
        case .moveDown: viewport.scroll(by: 1)
        case .pageUp: viewport.page(down: false)
        case .pageDown: viewport.page(down: true)
        case .top: viewport.scrollToTop()
        case .bottom: viewport.scrollToBottom()
        case .back, .help:
            overlay = .none
            return []
        default: break
        }
        overlay = .help(viewport)
        return []
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        clampCursors()
    }

    mutating func moveOrScroll(_ pane: Pane, by delta: Int) {
        if pane == .details {
            details.scroll(by: delta)
        } else {
            moveCursor(of: pane) { $0.move(by: delta, count: $1, rows: $2) }
        }
    }

    mutating func page(_ pane: Pane, down: Bool) {
        if pane == .details {
            details.page(down: down)
        } else {
            moveCursor(of: pane) { cursor, count, rows in
                if down { cursor.pageDown(count: count, rows: rows) } else { cursor.pageUp(count: count, rows: rows) }
            }
        }
    }

    mutating func jumpToHit(forward: Bool) {
        guard search.isFiltering else {
            message = StatusMessage("No search: press \(keyMap.keyName(.search, in: keyContext)) to search")
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
            message = StatusMessage("Search hits will be sorted by relevance (\(keyMap.keyName(.search, in: keyContext)) searches)")
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

import LineupModel

/// Bookmarks: toggled in the state at once for the eye, saved by the driver at once, and
/// replaced by what the store holds whenever it answers (so changes by other processes win
/// over nothing and are never overwritten).
extension BrowserState {
    /// The talk `b` acts on: the agenda's selection in the agenda, else the selected talk.
    var bookmarkTarget: Talk? {
        if case .agenda(let screen) = overlay { return screen.selectedTalk(in: self) }
        return selectedTalk
    }

    mutating func toggleBookmarkOfSelectedTalk() -> [Effect] {
        guard let talk = bookmarkTarget else {
            message = StatusMessage("Select a talk to bookmark it")
            return []
        }
        let add = !bookmarks.contains(talk.id)
        if add { bookmarks.insert(talk.id) } else { bookmarks.remove(talk.id) }
        message = StatusMessage(add ? "Bookmarked \u{201C}\(talk.title)\u{201D}" : "Removed the bookmark of \u{201C}\(talk.title)\u{201D}")
        return [.setBookmark(talk.id, add)] + bookmarksDidChange()
    }

    mutating func toggleBookmarksOnly() {
        bookmarksOnly.toggle()
        refreshVisibility()
        if bookmarksOnly && visibleTalkCount == 0 {
            message = StatusMessage("No bookmarks yet: b bookmarks the selected talk")
        }
    }

    /// The store's answer. Returns a new search when the query depends on bookmarks.
    mutating func replaceBookmarks(_ ids: Set<TalkID>) -> [Effect] {
        guard ids != bookmarks else { return [] }
        bookmarks = ids
        return bookmarksDidChange()
    }

    /// Re-filters and rebuilds what shows bookmarks; a query may use `is:bookmarked`, so an
    /// active one runs again.
    private mutating func bookmarksDidChange() -> [Effect] {
        if bookmarksOnly { refreshVisibility() }
        if case .agenda(var screen) = overlay {
            screen.rebuild(for: self)
            overlay = .agenda(screen)
        }
        return search.isFiltering ? [.search(search.text)] : []
    }
}

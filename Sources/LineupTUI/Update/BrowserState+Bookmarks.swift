import LineupAgenda
import LineupModel

/// Bookmarks: toggled in the state at once for the eye, saved by the driver at once, and
/// replaced by what the store holds whenever it answers (so changes by other processes are
/// shown, and never overwritten: the store adds and removes single ids under its lock).
extension BrowserState {
    /// The talk `b` acts on: the agenda's selection in the agenda, else the selected talk.
    var bookmarkTarget: Talk? {
        if case .agenda(let screen) = overlay { return screen.selectedTalk(in: self) }
        return selectedTalk
    }

    mutating func toggleBookmarkOfSelectedTalk() -> [Effect] {
        if case .agenda(let screen) = overlay, let missing = screen.selectedMissingBookmark {
            return removeMissingBookmark(missing)
        }
        guard let talk = bookmarkTarget else {
            message = StatusMessage("Select a talk to bookmark it")
            return []
        }
        let add = !bookmarks.contains(talk.id)
        remember(talk.id, title: talk.title)
        if add { bookmarks.insert(talk.id) } else { bookmarks.remove(talk.id) }
        message = StatusMessage(add ? "Bookmarked \u{201C}\(talk.title)\u{201D}" : "Removed the bookmark of \u{201C}\(talk.title)\u{201D}")
        return [.setBookmark(talk.id, add)] + bookmarksDidChange()
    }

    /// `b` on a bookmark whose talk is not in the loaded data: removes it from the file.
    private mutating func removeMissingBookmark(_ bookmark: Bookmark) -> [Effect] {
        remember(bookmark.id, title: bookmark.title)
        bookmarks.remove(bookmark.id)
        message = StatusMessage("Removed the bookmark of \u{201C}\(bookmark.title)\u{201D} (not in the loaded data)")
        return [.setBookmark(bookmark.id, false)] + bookmarksDidChange()
    }

    /// Keeps the bookmark of `id` as it is now, before a change, for `u`.
    mutating func remember(_ id: TalkID, title: String) {
        let all = bookmarkSet.bookmarks
        let next = all.firstIndex { $0.id == id }.flatMap { all.indices.contains($0 + 1) ? all[$0 + 1].id : nil }
        undoHistory.append(BookmarkUndo(id: id, before: bookmarkSet.bookmark(id), next: next, title: title))
        if undoHistory.count > BookmarkUndo.limit { undoHistory.removeFirst(undoHistory.count - BookmarkUndo.limit) }
    }

    /// `u`: takes back the latest bookmark change of this session: a removed bookmark comes
    /// back with its note and date added, an added one goes, a changed note is as it was.
    mutating func undoBookmarkChange() -> [Effect] {
        guard let change = undoHistory.popLast() else {
            message = StatusMessage("Nothing to undo: no bookmark changed in this session")
            return []
        }
        let title = "\u{201C}\(change.title)\u{201D}"
        guard let before = change.before else {
            bookmarks.remove(change.id)
            message = StatusMessage("Undone: \(title) is not bookmarked")
            return [.setBookmark(change.id, false)] + bookmarksDidChange()
        }
        let wasBookmarked = bookmarks.contains(change.id)
        bookmarks.insert(change.id)
        if wasBookmarked {
            message = StatusMessage(before.note == nil ? "Undone: \(title) has no note again" : "Undone: the note on \(title) is back")
        } else {
            message = StatusMessage("Undone: \(title) is bookmarked again" + (before.note == nil ? "" : ", with its note"))
        }
        return [.restoreBookmark(before, next: change.next)] + (wasBookmarked ? [] : bookmarksDidChange())
    }

    mutating func toggleBookmarksOnly() {
        bookmarksOnly.toggle()
        refreshVisibility()
        if bookmarksOnly && visibleTalkCount == 0 {
            message = StatusMessage("No bookmarks yet: \(keyMap.keyName(.toggleBookmark, in: .talks)) bookmarks the selected talk")
        }
    }

    /// The store's answer. Returns a new search when the shown ids changed and a query is
    /// active (it may use `is:bookmarked`).
    mutating func replaceBookmarks(_ set: BookmarkSet) -> [Effect] {
        let idsChanged = set.ids != bookmarks
        bookmarkSet = set
        bookmarks = set.ids
        rebuildAgenda()
        if let notice = set.notices.first {
            message = StatusMessage(notice.description, isError: true)
        }
        if idsChanged { return bookmarksDidChange() }
        rebuildAgendaScreen()
        return []
    }

    /// Re-filters and rebuilds what shows bookmarks.
    mutating func bookmarksDidChange() -> [Effect] {
        if bookmarksOnly { refreshVisibility() }
        rebuildAgendaScreen()
        return search.isFiltering ? [.search(search.text)] : []
    }

    mutating func rebuildAgenda() {
        agenda = Agenda(schedule: schedule, bookmarks: bookmarkSet)
        var index: [TalkID: [TalkID]] = [:]
        for entry in agenda.timedEntries where entry.isClashing {
            index[entry.id] = entry.clashesWith
        }
        clashesByTalk = index
        rebuildSharedAgenda()
    }

    /// The agenda with the picks of the friends `shownPicks` names; a friend no longer among
    /// `picks` shows nobody's.
    mutating func rebuildSharedAgenda() {
        let friends = shownPicks.friends(in: picks)
        if friends.isEmpty {
            shownPicks = .nobody
            sharedAgenda = SharedAgenda(alone: agenda)
            sharedEntries = [:]
        } else {
            sharedAgenda = SharedAgenda(own: agenda, friends: friends, schedule: schedule)
            sharedEntries = Dictionary(sharedAgenda.allEntries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Whether `talk` is bookmarked and overlaps another bookmarked talk: the ⚠ of the agenda
    /// and the Talks list. O(k) in the talks it clashes with.
    func isClashing(_ id: TalkID) -> Bool {
        bookmarks.contains(id) && (clashesByTalk[id] ?? []).contains(where: bookmarks.contains)
    }

    /// Bookmarked talks that overlap `talk` in time (none unless `talk` is bookmarked too).
    func clashes(of talk: Talk) -> [Talk] {
        guard bookmarks.contains(talk.id) else { return [] }
        return (clashesByTalk[talk.id] ?? []).filter(bookmarks.contains).compactMap(schedule.talk)
    }
}

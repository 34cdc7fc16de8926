/// `v`: a day made only of rooms (frab, iCalendar, Sessionize give no sessions) lists its
/// rooms in the Sessions pane, or its tracks. The outline is rebuilt with the other grouping;
/// the filter, the ranking and the selected talk stay, and the selection moves to the talk's
/// new entry.
extension BrowserState {
    mutating func switchGrouping() {
        guard outline.hasRoomDays else {
            message = StatusMessage("v groups rooms by track; this schedule has sessions of its own")
            return
        }
        let talk = selectedTalkPosition
        let day = selectedDay
        outline = ScheduleOutline(outline.schedule, grouping: outline.grouping.other)
        // Old session positions mean nothing in the new outline: start from the day's first.
        visibleSessions = []
        visibleTalks = []
        sessionCursor = ListCursor()
        talkCursor = ListCursor()
        refreshVisibility()
        if let talk, !reveal(talk: talk), let day, let index = visibleDays.firstIndex(of: day) {
            selectDay(index)
        }
        message = StatusMessage(outline.grouping == .tracks ? "Days without sessions: by track (v: by room)"
                                                            : "Days without sessions: by room (v: by track)")
    }
}

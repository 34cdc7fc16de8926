import LineupAgenda
import LineupModel

/// `w`: the Now and Next screen. Per room (or session), the talk on now and the next one
/// (`NowAndNext`), with a cursor over the talks; Enter shows the selected one in the schedule.
public struct NowAndNextScreen: Sendable {
    public private(set) var table: NowAndNext
    public private(set) var cursor = ListCursor()

    init(for state: BrowserState, now: Now) {
        table = NowAndNext(schedule: state.schedule, now: now)
        cursor.select(0, count: table.talks.count, rows: Self.rows(state))
    }

    static func rows(_ state: BrowserState) -> Int { max(1, state.layout.body.height - 1) }

    var selectedTalk: Talk? { table.talks[safe: cursor.selected] }

    mutating func move(by delta: Int, rows: Int) {
        cursor.move(by: delta, count: table.talks.count, rows: rows)
    }

    /// After the clock moved: the rows again, the cursor on the same talk when it is still there.
    mutating func rebuild(for state: BrowserState, now: Now) {
        let kept = selectedTalk?.id
        table = NowAndNext(schedule: state.schedule, now: now)
        let talks = table.talks
        cursor.select(kept.flatMap { id in talks.firstIndex { $0.id == id } } ?? min(cursor.selected, max(0, talks.count - 1)),
                      count: talks.count, rows: Self.rows(state))
    }
}

extension BrowserState {
    mutating func openNowAndNext() {
        guard let now else {
            message = StatusMessage("The clock is not known", isError: true)
            return
        }
        overlay = .nowAndNext(NowAndNextScreen(for: self, now: now))
    }

    mutating func rebuildNowAndNext() {
        guard case .nowAndNext(var screen) = overlay, let now else { return }
        screen.rebuild(for: self, now: now)
        overlay = .nowAndNext(screen)
    }

    mutating func performInNowAndNext(_ command: Command) -> [Effect] {
        guard case .nowAndNext(var screen) = overlay else { return [] }
        let rows = NowAndNextScreen.rows(self)
        switch command {
        case .moveUp: screen.move(by: -1, rows: rows)
        case .moveDown: screen.move(by: 1, rows: rows)
        case .open:
            overlay = .none
            if let talk = screen.selectedTalk { showInSchedule(talk) }
            return []
        case .back, .nowAndNext:
            overlay = .none
            return []
        default:
            break
        }
        overlay = .nowAndNext(screen)
        return []
    }
}

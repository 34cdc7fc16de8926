/// The personal agenda (drawn once the agenda module lands).
enum AgendaView {
    static func draw(_ screen: AgendaScreen, state: BrowserState, in rect: Rect, into grid: inout Grid) {
        PaneChrome.drawHeading("Agenda", detail: "", focused: true,
                               in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), into: &grid)
    }
}

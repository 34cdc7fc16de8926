import Foundation
import LineupModel

/// Talks of the selected session, one per line: start time (upvotes for listed papers), kind
/// badge, the track's coloured tag (when the schedule has tracks), bookmark (or clash) and
/// award marks, a cancelled item's ✗, the mark of a change not yet seen ("new", "moved",
/// "cancelled", "changed"), and the title cut to the width with hits highlighted.
enum TalksPane {
    /// From this content width on, badges are words ("Spot"); below, one letter.
    static let wordBadgeWidth = 44

    static func draw(_ state: BrowserState, _ frame: ScreenLayout.Frame, into grid: inout Grid) {
        let focused = state.focus == .talks
        let title = state.isRanking ? "Best matches"
            : state.selectedSession.map { state.outline.session(at: $0).isListing ? "Papers" : "Talks" } ?? "Talks"
        PaneChrome.drawHeading(title, detail: PaneChrome.position(state.talkCursor, count: state.visibleTalks.count),
                               focused: focused, frame: frame,
                               symbols: state.symbols, into: &grid)
        let wordBadges = frame.content.width >= wordBadgeWidth
        let line = state.nowLineIndex
        // With a now line, talks from it on sit one row lower, and the list has a row less.
        var content = frame.content
        if line != nil { content.height = max(1, content.height - 1) }
        PaneChrome.drawList(
            count: state.visibleTalks.count, cursor: state.talkCursor, linesPerItem: 1, focused: focused,
            in: content, into: &grid
        ) { index, area, backdrop, grid in
            var area = area
            if let line, index >= line, line >= state.talkCursor.offset { area.y += 1 }
            if backdrop != .none, area.y != frame.content.y + (index - state.talkCursor.offset) {
                grid.fill(Rect(x: area.x, y: area.y - 1, width: area.width, height: 1), style: CellStyle(.text))
                grid.fill(area, style: CellStyle(.text, backdrop: backdrop))
            }
            let talk = state.outline.talk(at: state.visibleTalks[index])
            let row = glyphs(for: talk, state: state, backdrop: backdrop, wordBadges: wordBadges)
            PaneChrome.drawRow(row, in: area, y: area.y, ellipsis: state.symbols.ellipsis, into: &grid)
        }
        if let line, line >= state.talkCursor.offset, line - state.talkCursor.offset < frame.content.height {
            drawNowLine(state, y: frame.content.y + line - state.talkCursor.offset, in: frame.content, into: &grid)
        }
    }

    /// "── now 11:10 ──────": the clock's reading on the conference's clock of the talk after it.
    private static func drawNowLine(_ state: BrowserState, y: Int, in content: Rect, into grid: inout Grid) {
        guard let now = state.now, let line = state.nowLineIndex else { return }
        let talk = state.outline.talk(at: state.visibleTalks[line])
        var clock = ""
        if let slot = talk.clockSlot {
            clock = " " + LocalDateTime(wallSecondsSinceEpoch: Int(now.position(on: slot.zone)) + wallOffset(of: talk, now: now)).clock
        }
        let rule = state.symbols.horizontalRule.value
        let text = rule + rule + " now" + clock + " "
        let fill = String(repeating: rule, count: max(0, content.width - 2 - DisplayWidth.of(text)))
        grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: CellStyle(.text))
        grid.draw(TerminalString(text + fill), x: content.x + 1, y: y, width: content.width - 2,
                  style: CellStyle(.accent, bold: true))
    }

    /// What turns now's position on the talk's scale into its wall clock: the talk's offset
    /// for a zoned talk (positions are UTC seconds), nothing for a floating one.
    private static func wallOffset(of talk: Talk, now: Now) -> Int {
        guard talk.start != nil else { return 0 }
        if let id = talk.timeZoneID, let zone = TimeZone(identifier: id) { return zone.secondsFromGMT(for: now.instant) }
        return talk.utcOffset ?? 0
    }

    static func glyphs(for talk: Talk, state: BrowserState, backdrop: Backdrop, wordBadges: Bool) -> [Glyph] {
        let muted = CellStyle(.muted, backdrop: backdrop)
        var row: [Glyph] = []
        if state.isRanking {
            // Hits from every day share the list: each says its day (its date when they
            // span more than a week).
            row += TextLayout.glyphs(TerminalString(state.rankedDayStyle.label(talk.day)), muted)
        }
        if let clock = TimeText.startClock(of: talk) {
            row += TextLayout.glyphs(TerminalString(clock), muted)
        } else if let upvotes = talk.upvotes {
            let text = "\(state.symbols.upvote.value)\(upvotes)"
            row += TextLayout.glyphs(TerminalString(String(repeating: " ", count: max(0, 5 - DisplayWidth.of(text))) + text), muted)
        } else {
            row += TextLayout.glyphs("     ", muted)
        }
        row += TextLayout.glyphs(" ", muted)
        row += badge(talk.kind, words: wordBadges, backdrop: backdrop)
        row += TextLayout.glyphs(" ", muted)
        if state.outline.hasTracks {
            row += trackTag(talk.track, state: state, words: wordBadges, backdrop: backdrop)
            row += TextLayout.glyphs(" ", muted)
        }
        row += bookmarkMark(talk, state: state, backdrop: backdrop)
        row += talk.award != nil
            ? TextLayout.glyphs(state.symbols.award, CellStyle(.award, backdrop: backdrop, bold: true))
            : TextLayout.glyphs(" ", muted)
        row += TextLayout.glyphs(" ", muted)
        let cancelled = talk.status == .cancelled
        if cancelled {
            row += TextLayout.glyphs(state.symbols.cancelled + " ", CellStyle(.cancelled, backdrop: backdrop, bold: true))
        }
        if let mark = state.changeMarks.mark(of: talk.id) {
            let role: StyleRole = mark == .cancelled ? .cancelled : .accent
            row += TextLayout.glyphs(TerminalString(mark.rawValue + " "), CellStyle(role, backdrop: backdrop, bold: true))
        }
        let phase = state.phase(of: talk)
        if phase == .now {
            row += TextLayout.glyphs("now ", CellStyle(.accent, backdrop: backdrop, bold: true))
        }
        let title = TerminalString(talk.title)
        let ranges = state.search.matches?.highlights(in: title.value, field: .title) ?? []
        // Past talks are dimmed, as cancelled ones are.
        let dimmed = cancelled || phase == .past
        row += TextLayout.glyphs(title, CellStyle(dimmed ? .muted : .text, backdrop: backdrop), highlighting: ranges)
        let pickers = state.picks.names(picking: talk.id)
        if !pickers.isEmpty {
            row += TextLayout.glyphs(TerminalString("  picked by " + pickers.joined(separator: ", ")), CellStyle(.accent, backdrop: backdrop))
        }
        return row
    }

    /// The track as a short tag in the track's colour: its first seven columns padded to eight
    /// ("Open So…" is cut, "Rust" padded), or two columns in narrow panes; blank without one.
    static func trackTag(_ track: String?, state: BrowserState, words: Bool, backdrop: Backdrop) -> [Glyph] {
        let width = words ? 8 : 2
        let padding = CellStyle(.muted, backdrop: backdrop)
        guard let track, !track.isEmpty else { return TextLayout.fit([], to: width, padding: padding) }
        let style = CellStyle(.track(state.outline.trackColors[track] ?? 0), backdrop: backdrop)
        let text = TextLayout.glyphs(TerminalString(track), style)
        return TextLayout.fit(TextLayout.cut(text, to: width - (words ? 1 : 0), ellipsis: state.symbols.ellipsis),
                              to: width, padding: padding)
    }

    /// ★ for a bookmark, ⚠ for a bookmark that clashes with another (it is bookmarked too),
    /// a blank otherwise: one column.
    static func bookmarkMark(_ talk: Talk, state: BrowserState, backdrop: Backdrop) -> [Glyph] {
        if state.isClashing(talk.id) {
            return TextLayout.glyphs(state.symbols.clash, CellStyle(.clash, backdrop: backdrop, bold: true))
        }
        if state.isBookmarked(talk) {
            return TextLayout.glyphs(state.symbols.bookmark, CellStyle(.bookmark, backdrop: backdrop, bold: true))
        }
        return TextLayout.glyphs(" ", CellStyle(.muted, backdrop: backdrop))
    }

    /// "Oral ", "Spot ", "Q&A  ", "Paper" (or "O", "S", "Q", "P"), coloured by kind.
    static func badge(_ kind: TalkKind, words: Bool, backdrop: Backdrop) -> [Glyph] {
        let text: String
        switch kind {
        case .oral: text = words ? "Oral " : "O"
        case .spotlight: text = words ? "Spot " : "S"
        case .qa: text = words ? "Q&A  " : "Q"
        case .paper: text = words ? "Paper" : "P"
        case .other(let name):
            let short = String(name.prefix(words ? 5 : 1))
            text = short + String(repeating: " ", count: max(0, (words ? 5 : 1) - DisplayWidth.of(short)))
        }
        return TextLayout.fit(TextLayout.glyphs(TerminalString(text), style(for: kind, backdrop: backdrop)),
                              to: words ? 5 : 1, padding: CellStyle(.muted, backdrop: backdrop))
    }

    static func style(for kind: TalkKind, backdrop: Backdrop) -> CellStyle {
        switch kind {
        case .oral: return CellStyle(.oral, backdrop: backdrop, bold: true)
        case .spotlight: return CellStyle(.spotlight, backdrop: backdrop)
        case .qa: return CellStyle(.qa, backdrop: backdrop)
        case .paper: return CellStyle(.paper, backdrop: backdrop)
        case .other: return CellStyle(.muted, backdrop: backdrop)
        }
    }
}

import Foundation
import LineupModel
import LineupSearch

/// The details of the selected talk, as wrapped lines the pane scrolls through: title,
/// authors, kind and award, time (the conference's zone, and the user's when it differs),
/// session, room, moderator, bookmark state and clashes, abstract, links, "also listed in".
enum DetailsView {
    /// Columns of the labels ("Session", "Room") before their values.
    static let labelWidth = 11

    static func draw(_ state: BrowserState, _ frame: ScreenLayout.Frame, into grid: inout Grid) {
        let focused = state.focus == .details
        let content = frame.content.inset(columns: 1)
        let lines = self.lines(state, width: frame.rect.width)
        let viewport = state.details
        let detail = viewport.isScrollable && content.height > 0 ? "\(viewport.percentShown)%" : ""
        PaneChrome.drawHeading("Details", detail: detail, focused: focused, frame: frame,
                               symbols: state.symbols, into: &grid)
        for (row, index) in viewport.visibleLines.enumerated() {
            grid.draw(lines[safe: index] ?? [], x: content.x, y: content.y + row, maxX: content.maxX)
        }
    }

    /// The details as lines for a pane `width` columns wide (one column of padding each side).
    static func lines(_ state: BrowserState, width paneWidth: Int) -> [[Glyph]] {
        let width = max(1, paneWidth - 2)
        guard let position = state.selectedTalkPosition else {
            return emptyMessage(state, width: width)
        }
        var builder = Builder(width: width, symbols: state.symbols)
        let talk = state.outline.talk(at: position)
        let highlight = { (text: TerminalString, field: SearchField) in
            state.search.matches?.highlights(in: text.value, field: field) ?? []
        }

        let title = TerminalString(talk.title)
        builder.paragraph(TextLayout.glyphs(title, CellStyle(.title, bold: true), highlighting: highlight(title, .title)))
        if !talk.authors.isEmpty {
            builder.gap()
            let authors = TerminalString(talk.authors.joined(separator: " \(state.symbols.dot.value) "))
            builder.paragraph(TextLayout.glyphs(authors, .plain, highlighting: highlight(authors, .authors)))
        }
        builder.gap()
        builder.paragraph(kindLine(talk, state: state))
        timeLines(talk, state: state, into: &builder)
        if talk.start == nil, let published = talk.published {
            builder.labelled("Published", TextLayout.glyphs(TerminalString(TimeText.published(published))))
        }
        let session = TerminalString(talk.session)
        builder.labelled(talk.start == nil ? "Listed in" : "Session",
                         TextLayout.glyphs(session, .plain, highlighting: highlight(session, .session)))
        if let room = talk.room {
            let text = TerminalString(room)
            builder.labelled("Room", TextLayout.glyphs(text, .plain, highlighting: highlight(text, .room)))
        }
        if let moderator = talk.moderator {
            builder.labelled("Moderator", TextLayout.glyphs(TerminalString(moderator)))
        }
        bookmarkLines(talk, state: state, into: &builder)

        let abstract = TerminalString(talk.displayAbstract, keepingNewlines: true)
        if !abstract.isEmpty {
            builder.heading("Abstract")
            builder.paragraph(TextLayout.glyphs(abstract, .plain, highlighting: highlight(abstract, .abstract)))
        }
        if !talk.links.isEmpty {
            builder.heading("Links")
            for link in talk.links {
                builder.paragraph(TextLayout.glyphs(TerminalString(link), CellStyle(.link, underline: true)))
            }
        }
        let others = talk.alsoListedIn.compactMap { state.schedule.position(of: $0) }
        if !others.isEmpty {
            builder.heading("Also listed in")
            for other in others {
                builder.paragraph(TextLayout.glyphs(TerminalString(placeName(of: other, state: state))))
            }
        }
        return builder.lines
    }

    /// "Oral · Outstanding Paper Runner Up" or "Paper · 4 authors · ▲ 4".
    private static func kindLine(_ talk: Talk, state: BrowserState) -> [Glyph] {
        let dot = TextLayout.glyphs(TerminalString(" \(state.symbols.dot.value) "), CellStyle(.muted))
        var line = TextLayout.glyphs(TerminalString(talk.kind.label), TalksPane.style(for: talk.kind, backdrop: .none))
        if let award = talk.award {
            line += dot + TextLayout.glyphs(state.symbols.award + " " + TerminalString(award), CellStyle(.award, bold: true))
        }
        if talk.authors.isEmpty, talk.authorCount > 0 {
            line += dot + TextLayout.glyphs(TerminalString("\(talk.authorCount) author\(talk.authorCount == 1 ? "" : "s")"))
        }
        if let upvotes = talk.upvotes {
            line += dot + TextLayout.glyphs(state.symbols.upvote + TerminalString(" \(upvotes)"), CellStyle(.muted))
        }
        return line
    }

    /// "When  Tue 19 Jul 11:00–11:20 PDT", and "Your time" in the user's zone when its
    /// offset at that instant differs.
    private static func timeLines(_ talk: Talk, state: BrowserState, into builder: inout Builder) {
        guard let start = talk.start else { return }
        let offset = talk.utcOffset ?? 0
        let dash = state.symbols.dash.value
        let zone = TimeText.zoneName(identifier: talk.timeZoneID, utcOffset: offset, at: start)
        let local = "\(TimeText.shortDay(of: start, utcOffset: offset)) \(TimeText.range(start, talk.end, utcOffset: offset, dash: dash)) \(zone)"
        builder.labelled("When", TextLayout.glyphs(TerminalString(local)))
        let userOffset = state.userTimeZone.secondsFromGMT(for: start)
        if userOffset != offset {
            let userZone = TimeText.zoneName(state.userTimeZone, at: start)
            let mine = "\(TimeText.shortDay(of: start, utcOffset: userOffset)) \(TimeText.range(start, talk.end, utcOffset: userOffset, dash: dash)) \(userZone)"
            builder.labelled("Your time", TextLayout.glyphs(TerminalString(mine), CellStyle(.muted)))
        }
    }

    private static func bookmarkLines(_ talk: Talk, state: BrowserState, into builder: inout Builder) {
        if state.isBookmarked(talk) {
            builder.labelled("Bookmark", TextLayout.glyphs(state.symbols.bookmark + TerminalString(" bookmarked (\(CommandTable.keyName(.toggleBookmark, in: .details)) removes)"), CellStyle(.bookmark, bold: true)))
            if let note = state.bookmarkSet.bookmark(talk.id)?.note {
                builder.labelled("Note", TextLayout.glyphs(state.symbols.note + " ", CellStyle(.accent))
                    + TextLayout.glyphs(TerminalString(note)))
            }
        } else {
            builder.labelled("Bookmark", TextLayout.glyphs(TerminalString("not bookmarked (\(CommandTable.keyName(.toggleBookmark, in: .details)) adds)"), CellStyle(.muted)))
        }
        for other in state.clashes(of: talk) {
            var text = ""
            if let start = other.start {
                text = TimeText.range(start, other.end, utcOffset: other.utcOffset ?? 0, dash: state.symbols.dash.value) + " "
            }
            let glyphs = TextLayout.glyphs(state.symbols.clash + TerminalString(" " + text), CellStyle(.clash, bold: true))
                + TextLayout.glyphs(TerminalString(other.title), CellStyle(.clash))
            builder.labelled("Clashes", glyphs)
        }
    }

    /// "Daily Papers · 8 Dec" or "Tue 19 Jul 2022 · DL: Algorithms".
    static func placeName(of position: Int, state: BrowserState) -> String {
        let session = state.outline.session(at: state.outline.sessionOfTalk[position])
        let day = state.outline.day(at: state.outline.dayOfSession[state.outline.sessionOfTalk[position]])
        return day.isListing ? day.label : "\(day.label) \(state.symbols.dot.value) \(session.title)"
    }

    private static func emptyMessage(_ state: BrowserState, width: Int) -> [[Glyph]] {
        var builder = Builder(width: width, symbols: state.symbols)
        if state.isFiltered && state.visibleTalkCount == 0 {
            let what = state.search.isFiltering ? "Nothing matches \u{201C}\(state.search.appliedText)\u{201D}" : "No bookmarked talks"
            builder.paragraph(TextLayout.glyphs(TerminalString(what), CellStyle(.muted)))
            builder.gap()
            builder.paragraph(TextLayout.glyphs(TerminalString("\(CommandTable.keyName(.back, in: .talks)) clears the filter."), CellStyle(.muted)))
        } else if state.schedule.talks.isEmpty {
            builder.paragraph(TextLayout.glyphs("No talks loaded.", CellStyle(.muted)))
        } else {
            builder.paragraph(TextLayout.glyphs("Select a talk to see its details.", CellStyle(.muted)))
        }
        return builder.lines
    }

    /// Accumulates wrapped lines.
    struct Builder {
        let width: Int
        let symbols: Symbols
        private(set) var lines: [[Glyph]] = []

        init(width: Int, symbols: Symbols) {
            self.width = width
            self.symbols = symbols
        }

        mutating func paragraph(_ glyphs: [Glyph]) {
            lines += TextLayout.wrap(glyphs, width: width)
        }

        mutating func gap() {
            if let last = lines.last, !last.isEmpty { lines.append([]) }
        }

        mutating func heading(_ title: String) {
            gap()
            lines.append(TextLayout.cut(TextLayout.glyphs(TerminalString(title), CellStyle(.heading, bold: true)), to: width, ellipsis: symbols.ellipsis))
        }

        /// "Room       Ballroom 1 & 2", the value wrapped with a hanging indent. Narrow
        /// panes put the value on the lines below its label.
        mutating func labelled(_ label: String, _ value: [Glyph]) {
            let labelGlyphs = TextLayout.glyphs(TerminalString(label), CellStyle(.muted))
            guard width >= DetailsView.labelWidth + 12 else {
                lines.append(TextLayout.cut(labelGlyphs, to: width, ellipsis: symbols.ellipsis))
                paragraph(value)
                return
            }
            let indent = TextLayout.glyphs(TerminalString(String(repeating: " ", count: DetailsView.labelWidth)))
            for (index, line) in TextLayout.wrap(value, width: width - DetailsView.labelWidth).enumerated() {
                lines.append((index == 0 ? TextLayout.fit(labelGlyphs, to: DetailsView.labelWidth, padding: .plain) : indent) + line)
            }
        }
    }
}

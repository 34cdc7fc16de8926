import Foundation
import LineupModel
import LineupOutput
import LineupSearch

/// The details of the selected talk, as wrapped lines the pane scrolls through: title,
/// subtitle, people, kind (the source's type), cancellation and award, time (the conference's
/// zone, and the user's when it differs; a floating time as given), session, room, track,
/// language, moderator, url, bookmark state and clashes, abstract, description, links,
/// attachments, "also listed in". The text `DetailsView` draws and `update` measures (to fit
/// the details' viewport).
enum DetailsText {
    /// Columns of the labels ("Session", "Room") before their values.
    static let labelWidth = 11

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
        if let subtitle = talk.subtitle, !subtitle.isEmpty {
            builder.paragraph(TextLayout.glyphs(TerminalString(subtitle), .plain))
        }
        if !talk.authors.isEmpty {
            builder.gap()
            let authors = TerminalString(talk.authors.joined(separator: " \(state.symbols.dot.value) "))
            builder.paragraph(TextLayout.glyphs(authors, .plain, highlighting: highlight(authors, .authors)))
        }
        builder.gap()
        builder.paragraph(kindLine(talk, state: state))
        if let change = state.changeMarks.change(of: talk.id) {
            builder.labelled("Updated", TextLayout.glyphs(TerminalString(ChangeSummary.text(change)), CellStyle(.accent, bold: true)))
        }
        timeLines(talk, state: state, into: &builder)
        if talk.start == nil, let published = talk.published {
            builder.labelled("Published", TextLayout.glyphs(TerminalString(TimeText.published(published))))
        }
        // A frab room's session is the room itself: it is said once, as the room.
        if talk.session != talk.room || talk.room == nil {
            let session = TerminalString(talk.session)
            builder.labelled(talk.isTimed ? "Session" : "Listed in",
                             TextLayout.glyphs(session, .plain, highlighting: highlight(session, .session)))
        }
        if let room = talk.room {
            let text = TerminalString(room)
            builder.labelled("Room", TextLayout.glyphs(text, .plain, highlighting: highlight(text, .room)))
        }
        if let track = talk.track, !track.isEmpty {
            let text = TerminalString(track)
            let style = CellStyle(.track(state.outline.trackColors[track] ?? 0))
            builder.labelled("Track", TextLayout.glyphs(text, style, highlighting: highlight(text, .track)))
        }
        if let language = talk.language, !language.isEmpty {
            builder.labelled("Language", TextLayout.glyphs(TerminalString(language)))
        }
        if let moderator = talk.moderator {
            builder.labelled("Moderator", TextLayout.glyphs(TerminalString(moderator)))
        }
        if let url = talk.url, !url.isEmpty {
            builder.labelled("URL", TextLayout.glyphs(TerminalString(url), CellStyle(.link, underline: true)))
        }
        bookmarkLines(talk, state: state, into: &builder)

        let abstract = TerminalString(talk.displayAbstract, keepingNewlines: true)
        if !abstract.isEmpty {
            builder.heading("Abstract")
            builder.paragraph(TextLayout.glyphs(abstract, .plain, highlighting: highlight(abstract, .abstract)))
        }
        let description = TerminalString(talk.description, keepingNewlines: true)
        if !description.isEmpty {
            builder.heading("Description")
            builder.paragraph(TextLayout.glyphs(description))
        }
        resourceLines(talk, state: state, into: &builder)
        let others = talk.alsoListedIn.compactMap { state.schedule.position(of: $0) }
        if !others.isEmpty {
            builder.heading("Also listed in")
            for other in others {
                builder.paragraph(TextLayout.glyphs(TerminalString(placeName(of: other, state: state))))
            }
        }
        relatedLines(position, state: state, into: &builder)
        return builder.lines
    }

    /// The source's links, then the links found in the abstract that it did not already give,
    /// then the attachments: "Title  https://…" each, the URL underlined.
    private static func resourceLines(_ talk: Talk, state: BrowserState, into builder: inout Builder) {
        let given = talk.resources.filter { $0.kind == .link }
        let found = talk.links.filter { url in !talk.resources.contains { $0.url == url } }
        let attachments = talk.resources.filter { $0.kind == .attachment }
        func line(_ url: String, title: String?) -> [Glyph] {
            var glyphs: [Glyph] = []
            if let title, !title.isEmpty, title != url {
                glyphs += TextLayout.glyphs(TerminalString(title + " "))
            }
            return glyphs + TextLayout.glyphs(TerminalString(url), CellStyle(.link, underline: true))
        }
        if !given.isEmpty || !found.isEmpty {
            builder.heading("Links")
            for link in given { builder.paragraph(line(link.url, title: link.title)) }
            for url in found { builder.paragraph(line(url, title: nil)) }
        }
        if !attachments.isEmpty {
            builder.heading("Attachments")
            for attachment in attachments { builder.paragraph(line(attachment.url, title: attachment.title)) }
        }
    }

    /// "Oral · Outstanding Paper Runner Up" or "Paper · 4 authors · ▲ 4"; "talk · ✗ Cancelled".
    private static func kindLine(_ talk: Talk, state: BrowserState) -> [Glyph] {
        let dot = TextLayout.glyphs(TerminalString(" \(state.symbols.dot.value) "), CellStyle(.muted))
        var line = TextLayout.glyphs(TerminalString(talk.kind.label), TalksPane.style(for: talk.kind, backdrop: .none))
        if talk.status == .cancelled {
            line += dot + TextLayout.glyphs(state.symbols.cancelled + " Cancelled", CellStyle(.cancelled, bold: true))
        }
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
        if let floating = talk.floatingStart {
            // No zone: the wall clock as given, and no "your time" (it would be a guess).
            let when = "\(ClockText.dayWithoutYear(floating.date)) \(TimeText.range(floating, talk.floatingEnd, dash: state.symbols.dash.value))"
            builder.labelled("When", TextLayout.glyphs(TerminalString(when))
                + TextLayout.glyphs(" (zone unknown; --timezone pins it)", CellStyle(.muted)))
            return
        }
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
            builder.labelled("Bookmark", TextLayout.glyphs(state.symbols.bookmark + TerminalString(" bookmarked (\(state.keyMap.keyName(.toggleBookmark, in: .details)) removes)"), CellStyle(.bookmark, bold: true)))
            if let note = state.bookmarkSet.bookmark(talk.id)?.note {
                builder.labelled("Note", TextLayout.glyphs(state.symbols.note + " ", CellStyle(.accent))
                    + TextLayout.glyphs(TerminalString(note)))
            }
        } else {
            builder.labelled("Bookmark", TextLayout.glyphs(TerminalString("not bookmarked (\(state.keyMap.keyName(.toggleBookmark, in: .details)) adds)"), CellStyle(.muted)))
        }
        let pickers = state.picks.names(picking: talk.id)
        if !pickers.isEmpty {
            builder.labelled("Picked by", TextLayout.glyphs(TerminalString(pickers.joined(separator: ", ")), CellStyle(.accent)))
        }
        for other in state.clashes(of: talk) {
            let text = TimeText.range(of: other, dash: state.symbols.dash.value).map { $0 + " " } ?? ""
            let glyphs = TextLayout.glyphs(state.symbols.clash + TerminalString(" " + text), CellStyle(.clash, bold: true))
                + TextLayout.glyphs(TerminalString(other.title), CellStyle(.clash))
            builder.labelled("Clashes", glyphs)
        }
    }

    /// "Related": the talks most like this one, one line each, the one `r` chose marked (Enter
    /// goes to it). Last, so choosing one scrolls the details to the bottom.
    private static func relatedLines(_ position: Int, state: BrowserState, into builder: inout Builder) {
        let related = state.related.talks(for: position)
        guard !related.isEmpty else { return }
        builder.heading("Related")
        for (index, other) in related.enumerated() {
            let chosen = state.related.chosen == index
            let mark = TextLayout.glyphs(TerminalString(chosen ? "> " : "  "), CellStyle(.accent, bold: true))
            let title = TextLayout.glyphs(TerminalString(state.outline.talk(at: other).title),
                                          CellStyle(chosen ? .title : .text, bold: chosen))
            builder.line(mark + title)
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
            builder.paragraph(TextLayout.glyphs(TerminalString("\(state.keyMap.keyName(.back, in: .talks)) clears the filter."), CellStyle(.muted)))
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

        /// One line, cut to the width.
        mutating func line(_ glyphs: [Glyph]) {
            lines.append(TextLayout.cut(glyphs, to: width, ellipsis: symbols.ellipsis))
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
            guard width >= DetailsText.labelWidth + 12 else {
                lines.append(TextLayout.cut(labelGlyphs, to: width, ellipsis: symbols.ellipsis))
                paragraph(value)
                return
            }
            let indent = TextLayout.glyphs(TerminalString(String(repeating: " ", count: DetailsText.labelWidth)))
            for (index, line) in TextLayout.wrap(value, width: width - DetailsText.labelWidth).enumerated() {
                lines.append((index == 0 ? TextLayout.fit(labelGlyphs, to: DetailsText.labelWidth, padding: .plain) : indent) + line)
            }
        }
    }
}

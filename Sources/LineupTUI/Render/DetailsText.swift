import Foundation
import LineupModel
import LineupOutput
import LineupSearch

/// The details of the selected talk, as wrapped lines the pane scrolls through: title,
/// subtitle, people, kind (the source's type), cancellation and award, time (the conference's
/// zone, and the user's when it differs; a floating time as given), session, room, track,
/// language, moderator, url, bookmark state and clashes, abstract, description, links,
/// attachments, "also listed in", related talks. The text `DetailsView` draws and `update`
/// measures (to fit the details' viewport), made of a `DetailsContent` alone; the state keeps
/// the lines of the latest one (`DetailsLayout`).
enum DetailsText {
    /// Columns of the labels ("Session", "Room") before their values.
    static let labelWidth = 11

    /// The details as lines for a pane `width` columns wide (one column of padding each side).
    static func lines(_ state: BrowserState, width paneWidth: Int) -> [[Glyph]] {
        lines(DetailsContent(state, width: paneWidth))
    }

    /// The lines of `content`, which is all they are made of.
    static func lines(_ content: DetailsContent) -> [[Glyph]] {
        let width = content.width
        let symbols = content.symbols
        guard case .talk(let details) = content.body else {
            return messageLines(content)
        }
        var builder = Builder(width: width, symbols: symbols)
        let talk = details.talk
        func text(_ field: SearchField) -> TerminalString? { displayText(of: field, in: talk, symbols: symbols) }
        func glyphs(_ field: SearchField, _ text: TerminalString, _ style: CellStyle = .plain) -> [Glyph] {
            TextLayout.glyphs(text, style, highlighting: details.highlights[field] ?? [])
        }

        if let title = text(.title) {
            builder.paragraph(glyphs(.title, title, CellStyle(.title, bold: true)))
        }
        if let subtitle = talk.subtitle, !subtitle.isEmpty {
            builder.paragraph(TextLayout.glyphs(TerminalString(subtitle), .plain))
        }
        if let authors = text(.authors) {
            builder.gap()
            builder.paragraph(glyphs(.authors, authors))
        }
        builder.gap()
        builder.paragraph(kindLine(talk, symbols: symbols))
        if let change = details.change {
            builder.labelled("Updated", TextLayout.glyphs(TerminalString(change), CellStyle(.accent, bold: true)))
        }
        timeLines(talk, userTimeZone: details.userTimeZone, symbols: symbols, into: &builder)
        if talk.start == nil, let published = talk.published {
            builder.labelled("Published", TextLayout.glyphs(TerminalString(TimeText.published(published))))
        }
        if let session = text(.session) {
            builder.labelled(talk.isTimed ? "Session" : "Listed in", glyphs(.session, session))
        }
        if let room = text(.room) {
            builder.labelled("Room", glyphs(.room, room))
        }
        if let track = text(.track) {
            builder.labelled("Track", glyphs(.track, track, CellStyle(.track(details.trackColor))))
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
        bookmarkLines(details, symbols: symbols, into: &builder)

        if let abstract = text(.abstract) {
            builder.heading("Abstract")
            builder.paragraph(glyphs(.abstract, abstract))
        }
        let description = TerminalString(talk.description, keepingNewlines: true)
        if !description.isEmpty {
            builder.heading("Description")
            builder.paragraph(TextLayout.glyphs(description))
        }
        resourceLines(talk, into: &builder)
        if !details.otherListings.isEmpty {
            builder.heading("Also listed in")
            for other in details.otherListings {
                builder.paragraph(TextLayout.glyphs(TerminalString(other)))
            }
        }
        relatedLines(details, into: &builder)
        return builder.lines
    }

    /// The text the details show for a field whose hits they highlight, sanitised; nil when
    /// the details do not show it (empty, or a session that is the room itself).
    static func displayText(of field: SearchField, in talk: Talk, symbols: Symbols) -> TerminalString? {
        switch field {
        case .title:
            return TerminalString(talk.title)
        case .authors:
            guard !talk.authors.isEmpty else { return nil }
            return TerminalString(talk.authors.joined(separator: " \(symbols.dot.value) "))
        case .session:
            // A frab room's session is the room itself: it is said once, as the room.
            guard talk.session != talk.room || talk.room == nil else { return nil }
            return TerminalString(talk.session)
        case .room:
            return talk.room.map { TerminalString($0) }
        case .track:
            guard let track = talk.track, !track.isEmpty else { return nil }
            return TerminalString(track)
        case .abstract:
            let abstract = TerminalString(talk.displayAbstract, keepingNewlines: true)
            return abstract.isEmpty ? nil : abstract
        default:
            return nil
        }
    }

    /// The source's links, then the links found in the abstract that it did not already give,
    /// then the attachments: "Title  https://…" each, the URL underlined.
    private static func resourceLines(_ talk: Talk, into builder: inout Builder) {
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
    private static func kindLine(_ talk: Talk, symbols: Symbols) -> [Glyph] {
        let dot = TextLayout.glyphs(TerminalString(" \(symbols.dot.value) "), CellStyle(.muted))
        var line = TextLayout.glyphs(TerminalString(talk.kind.label), TalksPane.style(for: talk.kind, backdrop: .none))
        if talk.status == .cancelled {
            line += dot + TextLayout.glyphs(symbols.cancelled + " Cancelled", CellStyle(.cancelled, bold: true))
        }
        if let award = talk.award {
            line += dot + TextLayout.glyphs(symbols.award + " " + TerminalString(award), CellStyle(.award, bold: true))
        }
        if talk.authors.isEmpty, talk.authorCount > 0 {
            line += dot + TextLayout.glyphs(TerminalString("\(talk.authorCount) author\(talk.authorCount == 1 ? "" : "s")"))
        }
        if let upvotes = talk.upvotes {
            line += dot + TextLayout.glyphs(symbols.upvote + TerminalString(" \(upvotes)"), CellStyle(.muted))
        }
        return line
    }

    /// "When  Tue 19 Jul 11:00–11:20 PDT", and "Your time" in the user's zone when its
    /// offset at that instant differs.
    private static func timeLines(_ talk: Talk, userTimeZone: TimeZone, symbols: Symbols, into builder: inout Builder) {
        if let floating = talk.floatingStart {
            // No zone: the wall clock as given, and no "your time" (it would be a guess).
            let when = "\(ClockText.dayWithoutYear(floating.date)) \(TimeText.range(floating, talk.floatingEnd, dash: symbols.dash.value))"
            builder.labelled("When", TextLayout.glyphs(TerminalString(when))
                + TextLayout.glyphs(" (zone unknown; --timezone pins it)", CellStyle(.muted)))
            return
        }
        guard let start = talk.start else { return }
        let offset = talk.utcOffset ?? 0
        let dash = symbols.dash.value
        let zone = TimeText.zoneName(identifier: talk.timeZoneID, utcOffset: offset, at: start)
        let local = "\(TimeText.shortDay(of: start, utcOffset: offset)) \(TimeText.range(start, talk.end, utcOffset: offset, dash: dash)) \(zone)"
        builder.labelled("When", TextLayout.glyphs(TerminalString(local)))
        let userOffset = userTimeZone.secondsFromGMT(for: start)
        if userOffset != offset {
            let userZone = TimeText.zoneName(userTimeZone, at: start)
            let mine = "\(TimeText.shortDay(of: start, utcOffset: userOffset)) \(TimeText.range(start, talk.end, utcOffset: userOffset, dash: dash)) \(userZone)"
            builder.labelled("Your time", TextLayout.glyphs(TerminalString(mine), CellStyle(.muted)))
        }
    }

    private static func bookmarkLines(_ details: DetailsContent.TalkContent, symbols: Symbols, into builder: inout Builder) {
        if details.isBookmarked {
            builder.labelled("Bookmark", TextLayout.glyphs(symbols.bookmark + TerminalString(" bookmarked (\(details.bookmarkKey) removes)"), CellStyle(.bookmark, bold: true)))
            if let note = details.note {
                builder.labelled("Note", TextLayout.glyphs(symbols.note + " ", CellStyle(.accent))
                    + TextLayout.glyphs(TerminalString(note)))
            }
        } else {
            builder.labelled("Bookmark", TextLayout.glyphs(TerminalString("not bookmarked (\(details.bookmarkKey) adds)"), CellStyle(.muted)))
        }
        if !details.pickers.isEmpty {
            builder.labelled("Picked by", TextLayout.glyphs(TerminalString(details.pickers.joined(separator: ", ")), CellStyle(.accent)))
        }
        for other in details.clashes {
            let text = TimeText.range(of: other, dash: symbols.dash.value).map { $0 + " " } ?? ""
            let glyphs = TextLayout.glyphs(symbols.clash + TerminalString(" " + text), CellStyle(.clash, bold: true))
                + TextLayout.glyphs(TerminalString(other.title), CellStyle(.clash))
            builder.labelled("Clashes", glyphs)
        }
    }

    /// "Related": the talks most like this one, one line each, the one `r` chose marked (Enter
    /// goes to it). Last, so choosing one scrolls the details to the bottom.
    private static func relatedLines(_ details: DetailsContent.TalkContent, into builder: inout Builder) {
        guard !details.related.isEmpty else { return }
        builder.heading("Related")
        for (index, title) in details.related.enumerated() {
            let chosen = details.chosenRelated == index
            let mark = TextLayout.glyphs(TerminalString(chosen ? "> " : "  "), CellStyle(.accent, bold: true))
            let title = TextLayout.glyphs(TerminalString(title), CellStyle(chosen ? .title : .text, bold: chosen))
            builder.line(mark + title)
        }
    }

    /// "Daily Papers · 8 Dec" or "Tue 19 Jul 2022 · DL: Algorithms".
    static func placeName(of position: Int, state: BrowserState) -> String {
        let session = state.outline.session(at: state.outline.sessionOfTalk[position])
        let day = state.outline.day(at: state.outline.dayOfSession[state.outline.sessionOfTalk[position]])
        return day.isListing ? day.label : "\(day.label) \(state.symbols.dot.value) \(session.title)"
    }

    /// What the details say when no talk is selected.
    private static func messageLines(_ content: DetailsContent) -> [[Glyph]] {
        var builder = Builder(width: content.width, symbols: content.symbols)
        guard case .message(let text, let hint) = content.body else { return [] }
        builder.paragraph(TextLayout.glyphs(TerminalString(text), CellStyle(.muted)))
        if let hint {
            builder.gap()
            builder.paragraph(TextLayout.glyphs(TerminalString(hint), CellStyle(.muted)))
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

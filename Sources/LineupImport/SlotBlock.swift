import Foundation
import LineupModel

/// One slot of a session page: the lines from its time line to the next one.
enum SlotBlock {
    /// What every item of the session shares.
    struct SessionFacts: Sendable {
        var id: SessionID
        var title: String
        /// Derives the ids of the session's items: "slot" and the normalised session title first.
        var ids: TalkIDDeriver
        var room: String?
        var moderator: String?
        var source: String
    }

    /// Author lines without a " · " are told from one-line abstracts by length.
    static let longestUnseparatedAuthorLine = 150

    /// The item of the block after `timeLine` up to `blockEnd` (line indices), or nil (with a
    /// warning) when the block holds no title.
    static func talk(_ text: PageText, timeLine: Int, blockEnd: Int, time: SlotTime, session: SessionFacts,
                     diagnostics: inout [Diagnostic]) -> Talk? {
        func report(_ severity: Diagnostic.Severity, _ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(severity, file: text.file, line: line + 1, message))
        }
        let paragraphs = text.paragraphs(from: timeLine + 1, to: blockEnd)
        guard let heading = paragraphs.first else {
            report(.warning, timeLine, "the slot has no kind line and no title; it is skipped")
            return nil
        }

        var kind: TalkKind
        var awards: [String] = []
        let title: String
        if heading.count >= 2, let kindLine = heading.first, let titleLine = heading.last {
            kind = TalkKind(name: text.trimmedText(ofLine: kindLine))
            awards = heading.dropFirst().dropLast().map { text.trimmedText(ofLine: $0) }
            title = text.trimmedText(ofLine: titleLine)
            if case .other(let word) = kind {
                report(.warning, kindLine, "unknown kind \"\(word)\" kept as written")
            }
        } else {
            let line = heading.lowerBound
            let word = text.trimmedText(ofLine: line)
            kind = TalkKind(name: word)
            switch kind {
            case .qa:
                title = kind.label
            case .other:
                title = word
                kind = .other("Talk")
                report(.warning, line, "no kind line above the title; kind \"Talk\" is assumed")
            default:
                report(.warning, line, "the \(kind.label) slot has no title; it is skipped")
                return nil
            }
        }

        var authors: [String] = []
        var abstractParagraphs = paragraphs.dropFirst()
        if let candidate = abstractParagraphs.first, candidate.count == 1 {
            let range = text.trimmedLine(candidate.lowerBound)
            if AuthorList.hasSeparator(text, range) || range.count <= longestUnseparatedAuthorLine {
                authors = AuthorList.names(text, range)
                abstractParagraphs = abstractParagraphs.dropFirst()
            }
        }
        if authors.isEmpty, kind != .qa {
            // The line where authors were expected, or the title's when the page ends there.
            let line = abstractParagraphs.first?.lowerBound ?? heading.upperBound - 1
            report(.warning, line, "no author line (names joined by \" · \") after the title")
        }
        let abstract = text.joinedLines(abstractParagraphs)

        // The id: TalkID.derive(["slot", normalised session title, start or day, normalised title]).
        let id = session.ids.id(start: time.start, fallback: time.day?.iso ?? "", title: title)
        return Talk(
            id: id, title: title, authors: authors, kind: kind, awards: awards, start: time.start, end: time.end,
            timeZoneID: time.zone?.timeZoneID, utcOffset: time.zone?.utcOffset, day: time.day,
            sessionID: session.id, session: session.title, room: session.room, moderator: session.moderator,
            abstract: abstract, links: abstract.isEmpty ? [] : LinkExtractor.links(in: abstract),
            source: session.source, line: timeLine + 1)
    }
}

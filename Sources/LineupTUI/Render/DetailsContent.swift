import Foundation
import LineupModel
import LineupOutput
import LineupSearch

/// Everything the details pane's text is made of, read from the state: `DetailsText.lines`
/// reads nothing else, so two equal contents lay out the same lines. That makes it the key of
/// the laid-out lines the state keeps (`DetailsLayout`): a keystroke that changes neither the
/// talk, nor the width, nor its highlights, bookmark, note, picks, clashes, marks or related
/// talks lays nothing out again.
///
/// Cheap to take (the selected talk's fields and a few look-ups, the highlights of its text:
/// O(its length)); comparing two is O(the talk's text) at worst.
struct DetailsContent: Hashable, Sendable {
    /// The text's width in columns (the pane's, less a column of padding each side).
    let width: Int
    let symbols: Symbols
    let body: Body

    enum Body: Hashable, Sendable {
        /// No talk is selected: a message and, when a filter hides everything, how to clear it.
        case message(String, hint: String?)
        case talk(TalkContent)
    }

    /// The selected talk and what the details say about it besides its own fields.
    struct TalkContent: Hashable, Sendable {
        let talk: Talk
        /// The ranges to highlight in each field's display text (see `DetailsText`).
        let highlights: [SearchField: [Range<String.Index>]]
        /// The colour of the talk's track.
        let trackColor: Int
        /// The latest update's change to the talk, as the details say it.
        let change: String?
        let userTimeZone: TimeZone
        let isBookmarked: Bool
        let note: String?
        /// The key that toggles the bookmark, as the details name it.
        let bookmarkKey: String
        let pickers: [String]
        /// Bookmarked talks that overlap this one.
        let clashes: [Talk]
        /// "Tue 19 Jul 2022 · Session" of each other listing of the talk.
        let otherListings: [String]
        /// Titles of the related talks, best first, and which one `r` chose.
        let related: [String]
        let chosenRelated: Int?
    }

    /// The fields `DetailsText` highlights hits in.
    static let highlightedFields: [SearchField] = [.title, .authors, .session, .room, .track, .abstract]

    init(_ state: BrowserState, width paneWidth: Int) {
        width = max(1, paneWidth - 2)
        symbols = state.symbols
        guard let position = state.selectedTalkPosition else {
            body = Self.message(state)
            return
        }
        let talk = state.outline.talk(at: position)
        var highlights: [SearchField: [Range<String.Index>]] = [:]
        if let matches = state.search.matches {
            for field in Self.highlightedFields {
                guard let text = DetailsText.displayText(of: field, in: talk, symbols: state.symbols) else { continue }
                let ranges = matches.highlights(in: text.value, field: field)
                if !ranges.isEmpty { highlights[field] = ranges }
            }
        }
        let related = state.related.talks(for: position)
        body = .talk(TalkContent(
            talk: talk,
            highlights: highlights,
            trackColor: talk.track.flatMap { state.outline.trackColors[$0] } ?? 0,
            change: state.changeMarks.change(of: talk.id).map { ChangeSummary.text($0) },
            userTimeZone: state.userTimeZone,
            isBookmarked: state.isBookmarked(talk),
            note: state.bookmarkSet.bookmark(talk.id)?.note,
            bookmarkKey: state.keyMap.keyName(.toggleBookmark, in: .details),
            pickers: state.picks.names(picking: talk.id),
            clashes: state.clashes(of: talk),
            otherListings: talk.alsoListedIn.compactMap { state.schedule.position(of: $0) }
                .map { DetailsText.placeName(of: $0, state: state) },
            related: related.map { state.outline.talk(at: $0).title },
            chosenRelated: related.isEmpty ? nil : state.related.chosen
        ))
    }

    private static func message(_ state: BrowserState) -> Body {
        if state.isFiltered && state.visibleTalkCount == 0 {
            let what = state.search.isFiltering ? "Nothing matches \u{201C}\(state.search.appliedText)\u{201D}" : "No bookmarked talks"
            return .message(what, hint: "\(state.keyMap.keyName(.back, in: .talks)) clears the filter.")
        }
        if state.schedule.talks.isEmpty { return .message("No talks loaded.", hint: nil) }
        return .message("Select a talk to see its details.", hint: nil)
    }
}

import Foundation
import LineupModel

/// Reads a conference session page: a header (page chrome, "Session", the session title, an
/// optional room line, "Moderator: NAME", "Abstract:", "Chat is not available."), then one
/// block per slot opened by a time line, "Thu 22 July 17:00 - 17:20 PDT".
///
/// A slot block is: the kind line ("Oral", "Spotlight", "Q&A"; another word is kept verbatim
/// with a warning), any award lines, the title (the last line of that first paragraph), the
/// authors joined by " · ", and the abstract (every remaining line, line breaks kept). A
/// problem in one slot is reported against its line and the rest of the page still imports.
///
/// Complexity: O(n) in the page's bytes.
public enum SessionPageParser {
    /// The name given to a page's conference when no manifest names it.
    public static let defaultSourceName = "Conference"

    public static func parse(_ text: PageText, context: ImportContext) -> (fragment: ScheduleFragment, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let source = Source(fileName: context.fileName, name: context.sourceName ?? defaultSourceName,
                            format: .sessionPage, year: context.year)
        var slots: [(line: Int, time: SlotTimeLine)] = []
        for index in text.lines.indices {
            if let time = SlotTimeLine.parse(text.bytes, text.trimmedLine(index)) {
                slots.append((index, time))
            }
        }
        guard let firstSlot = slots.first else {
            diagnostics.append(Diagnostic(.error, file: text.file,
                                          "no slots: no line like \"Thu 22 July 17:00 - 17:20 PDT\""))
            return (ScheduleFragment(source: source), diagnostics)
        }

        let header = SessionPageHeader.parse(text, upTo: firstSlot.line, diagnostics: &diagnostics)
        let sessionTitle: String
        if let title = header.title {
            sessionTitle = title
        } else {
            sessionTitle = context.fileName
            diagnostics.append(Diagnostic(.warning, file: text.file, line: firstSlot.line + 1,
                                          "no session title above the first slot; the file name is used"))
        }
        let normalisedSession = TalkID.normalisedTitle(sessionTitle)

        var yearCache = YearCache()
        var slotTimes: [SlotTime] = []
        slotTimes.reserveCapacity(slots.count)
        for index in slots.indices {
            slotTimes.append(SlotTime.resolve(slots[index].time, lineNumber: slots[index].line + 1, file: text.file,
                                              context: context, yearCache: &yearCache, diagnostics: &diagnostics))
        }
        let sessionDay = slotTimes.lazy.compactMap(\.day).first
        let sessionID = SessionID.derive(["slots", normalisedSession, sessionDay?.iso ?? ""])
        let shared = SlotBlock.SessionFacts(id: sessionID, title: sessionTitle,
                                            ids: TalkIDDeriver(leadingParts: ["slot", normalisedSession]),
                                            room: header.room, moderator: header.moderator, source: context.fileName)

        var talks: [Talk] = []
        talks.reserveCapacity(slots.count)
        for position in slots.indices {
            let end = position + 1 < slots.count ? slots[position + 1].line : text.lines.count
            if let talk = SlotBlock.talk(text, timeLine: slots[position].line, blockEnd: end, time: slotTimes[position],
                                         session: shared, diagnostics: &diagnostics) {
                talks.append(talk)
            }
        }

        let firstTimed = slotTimes.first { $0.zone != nil }
        let session = Session(
            id: sessionID, kind: .slots, title: sessionTitle, room: header.room, moderator: header.moderator,
            source: context.fileName, conference: source.name, day: sessionDay,
            timeZoneID: firstTimed?.zone?.timeZoneID, utcOffset: firstTimed?.zone?.utcOffset,
            start: talks.lazy.compactMap(\.start).min(), end: talks.lazy.compactMap(\.end).max(),
            talkIDs: talks.map(\.id))
        return (ScheduleFragment(source: source, sessions: [session], talks: talks), diagnostics)
    }

    /// Parses text held in memory; a file that is not text gives its error as the one
    /// diagnostic.
    public static func parse(_ text: String, context: ImportContext, path: String? = nil) -> (fragment: ScheduleFragment, diagnostics: [Diagnostic]) {
        do {
            return parse(try PageText(text, file: path ?? context.fileName), context: context)
        } catch {
            return (ScheduleFragment(source: Source(fileName: context.fileName, name: context.sourceName ?? defaultSourceName,
                                                    format: .sessionPage, year: context.year)),
                    [error.diagnostic])
        }
    }
}

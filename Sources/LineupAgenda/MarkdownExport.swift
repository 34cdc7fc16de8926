import LineupOutput
import Foundation
import LineupModel

/// The agenda as Markdown for people: one section per day with times in the conference's
/// zone, clashes marked, free time between talks, then the reading list and the missing
/// bookmarks.
///
/// Every string from data passes `TerminalText.sanitize` (so the text is safe to print to a
/// terminal and no control byte or line break can break the layout) and then has Markdown's
/// inline markup characters escaped, so titles show literally.
public enum MarkdownExport {
    public static func render(_ agenda: Agenda) -> String {
        render(SharedAgenda(alone: agenda))
    }

    /// With friends' picks (`lineup export --with NAME`): their picks among yours, each
    /// marked "picked by Ana"; yours that a friend picked too "with Ana"; yours that overlap a
    /// friend's pick say which ("⟂ Clashes with Ana's pick: …"); then their picks not in the data.
    public static func render(_ shared: SharedAgenda) -> String {
        let agenda = shared.own
        var out = "# Agenda\n\n" + summary(agenda) + "\n" + friendsSummary(shared)
        let titles = Dictionary(shared.timedEntries.map { ($0.id, $0.talk.title) }, uniquingKeysWith: { a, _ in a })
        for day in shared.days {
            out += "\n## \(ClockText.day(day.date))"
            if let offset = day.utcOffset {
                let zone = day.timeZoneID.map { "\(text($0)), " } ?? ""
                out += " (times in \(zone)\(AgendaClock.offset(offset)))"
            } else if day.entries.first?.talk.isFloating == true {
                out += " (local times; the schedule gives no zone)"
            }
            out += "\n\n"
            for item in day.timeline {
                switch item {
                case .free(let gap):
                    out += "- *Free: \(AgendaClock.time(gap.start, utcOffset: day.utcOffset))-"
                        + "\(AgendaClock.time(gap.end, utcOffset: day.utcOffset)) (\(ClockText.duration(gap.duration)))*\n"
                case .entry(let entry):
                    out += timedItem(entry, dayOffset: day.utcOffset, titles: titles)
                }
            }
        }
        if !shared.readingList.isEmpty {
            out += "\n## Reading list\n\n"
            for entry in shared.readingList { out += readingItem(entry) }
        }
        if !agenda.missing.isEmpty {
            out += "\n## Not in the loaded data\n\n"
            out += "These bookmarks are kept, but their items are not in the schedule that was loaded.\n\n"
            for bookmark in agenda.missing { out += missingItem(bookmark) }
        }
        if !shared.missingPicks.isEmpty {
            out += "\n## Friends' picks not in the loaded data\n\n"
            for missing in shared.missingPicks { out += "- \(text(missing.friend)): " + missingItem(missing.pick).dropFirst(2) }
        }
        return out
    }

    /// "3 talks on 2 days, 1 clash; 2 papers to read; 1 bookmark not found."
    private static func summary(_ agenda: Agenda) -> String {
        let timed = agenda.timedEntries.count
        var parts = ["\(count(timed, "talk")) on \(count(agenda.days.count, "day"))"
                     + (agenda.clashes.isEmpty ? "" : ", \(count(agenda.clashes.count, "clash", "clashes"))")]
        if !agenda.readingList.isEmpty { parts.append("\(count(agenda.readingList.count, "paper")) to read") }
        if !agenda.missing.isEmpty { parts.append("\(count(agenda.missing.count, "bookmark")) not found") }
        return parts.joined(separator: "; ") + "."
    }

    /// "With the picks of Ana and Wei: 4 more items, 1 you both picked, 2 clashes between yours
    /// and theirs (⟂); 1 of their picks not found.", or nothing without friends.
    private static func friendsSummary(_ shared: SharedAgenda) -> String {
        guard !shared.friends.isEmpty else { return "" }
        let names = shared.friends.map(text)
        let who = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        let parts = [count(shared.theirsOnly.count, "more item"), "\(shared.together.count) you both picked",
                     "\(count(shared.friendClashes.count, "clash", "clashes")) between yours and theirs (⟂)"]
        let missing = shared.missingPicks.isEmpty ? "" : "; \(shared.missingPicks.count) of their picks not found"
        return "\nWith the picks of \(who): " + parts.joined(separator: ", ") + missing + ".\n"
    }

    private static func timedItem(_ shared: SharedEntry, dayOffset: Int?, titles: [TalkID: String]) -> String {
        let talk = shared.talk
        var time = TalkTable.timeRange(talk)
        if talk.utcOffset != dayOffset { time += " " + AgendaClock.offset(talk.utcOffset ?? 0) }
        let places = talk.session == talk.room ? [talk.room] : [talk.session, talk.room]
        let facts = [([talk.kind.label] + talk.awards).map(text).joined(separator: ", ")]
            + (places + [talk.track]).compactMap { $0 }.filter { !$0.isEmpty }.map(text)
        let cancelled = talk.status == .cancelled ? " ✗ **cancelled**" : ""
        let clashing = shared.own?.isClashing == true ? " ⚠ **clash**" : ""
        var out = "- **\(time)** \(text(talk.title))" + cancelled + clashing + company(shared) + "  \n"
        out += "  " + facts.joined(separator: " · ") + "\n"
        if !talk.authors.isEmpty { out += "  " + talk.authors.map(text).joined(separator: ", ") + "\n" }
        if let url = talk.url, !url.isEmpty { out += "  <\(link(url))>\n" }
        for other in shared.own?.clashesWith ?? [] {
            out += "  ⚠ Clashes with \(text(titles[other] ?? other.rawValue))\n"
        }
        if shared.isYours {
            for clash in shared.friendClashes {
                out += "  ⟂ Clashes with \(text(clash.friend))'s pick: \(text(titles[clash.theirs] ?? clash.theirs.rawValue))\n"
            }
        }
        if let note = shared.note { out += "  Note: \(text(note))\n" }
        return out
    }

    /// " · *with Ana*" on your item a friend picked too; " · *picked by Ana, Wei* ⟂" on a
    /// friend's pick (⟂ when it overlaps one of yours); nothing on yours alone.
    private static func company(_ entry: SharedEntry) -> String {
        guard !entry.friends.isEmpty else { return "" }
        let names = entry.friends.map(text).joined(separator: ", ")
        if entry.isYours { return " · *with \(names)*" }
        return " · *picked by \(names)*" + (entry.friendClashes.isEmpty ? "" : " ⟂")
    }

    private static func readingItem(_ entry: SharedEntry) -> String {
        let talk = entry.talk
        var facts = [text(talk.session)]
        if talk.authorCount > 0 { facts.append(count(talk.authorCount, "author")) }
        if let published = talk.published { facts.append("published \(published.iso)") }
        if let upvotes = talk.upvotes { facts.append(count(upvotes, "upvote")) }
        var out = "- **\(text(talk.title))**" + company(entry) + "  \n  " + facts.joined(separator: " · ") + "\n"
        if let note = entry.note { out += "  Note: \(text(note))\n" }
        return out
    }

    private static func missingItem(_ bookmark: Bookmark) -> String {
        let when = bookmark.start.map { " (was at \(ISOInstant.format($0)))" } ?? ""
        let title = bookmark.title.isEmpty ? "untitled" : text(bookmark.title)
        return "- \(title)\(when), id \(text(bookmark.id.rawValue))\n"
    }

    /// A URL for an autolink: sanitized, without the spaces and angle brackets that would end it.
    static func link(_ raw: String) -> String {
        TerminalText.sanitize(raw).filter { $0 != "<" && $0 != ">" && !$0.isWhitespace }
    }

    /// Data text for Markdown: sanitized, on one line, inline markup escaped.
    static func text(_ raw: String) -> String {
        var out = ""
        for character in TerminalText.sanitize(raw) {
            if "\\`*_[]<>#|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}

import Foundation
import LineupAgenda
import LineupModel

/// One line of the agenda view.
public enum AgendaLine: Hashable, Sendable {
    /// A day of the conference: its date, the conference, and the zone times are shown in.
    /// `zone` names the zone the day's times are in; nil for floating times (no zone given).
    case day(LocalDate, conference: String, zone: String?)
    /// Timed talks that run at once, side by side (one id when nothing clashes).
    case slot([TalkID])
    /// Free time between bookmarked talks, shown in the conference's zone.
    case gap(start: Date, end: Date, utcOffset: Int)
    case readingListHeading(count: Int)
    case paper(TalkID)
    /// The user's note on the bookmark of a talk on the line above; `about` names the talk
    /// when that line holds several (a clash).
    case note(String, about: String?)
    case missingHeading(count: Int)
    case missing(Bookmark)
    /// A talk only friends picked (timed, or a paper in the reading list), while their picks are shown.
    case pick(TalkID)
    case missingPicksHeading(count: Int)
    /// A friend's pick whose talk is not in the loaded data.
    case missingPick(MissingPick)
    case blank
    /// Nothing bookmarked yet.
    case empty
    /// Every bookmarked talk has ended and the past is hidden.
    case allPast

    /// Items on this line that can be selected: talks, and a bookmark whose talk is not
    /// loaded (it can still be removed).
    var itemIDs: [TalkID] {
        switch self {
        case .slot(let ids): return ids
        case .paper(let id), .pick(let id): return [id]
        case .missing(let bookmark): return [bookmark.id]
        case .missingPick(let missing): return [missing.pick.id]
        default: return []
        }
    }
}

/// The agenda view: the bookmarked talks by day as a timeline with the free gaps between
/// them, clashes side by side, then the reading list of untimed papers, then bookmarks whose
/// talk is not loaded. With friends' picks shown (`f`), their picks come among yours in time
/// order (`.pick` lines), and theirs not loaded last. The cursor moves over talks and those bookmarks only; `column` picks one talk of a clash.
public struct AgendaScreen: Sendable {
    /// At most this many clashing talks share a line; more continue on the next line.
    static let maxColumns = 3

    public private(set) var lines: [AgendaLine] = []
    public private(set) var cursor = ListCursor()
    public private(set) var column = 0

    init(for state: BrowserState) {
        lines = Self.lines(of: state.sharedAgenda, state: state)
        cursor.select(firstSelectable(from: 0, step: 1) ?? 0, count: lines.count, rows: Self.rows(state))
        cursor.scroll(by: -lines.count, count: lines.count, rows: Self.rows(state))
    }

    static func rows(_ state: BrowserState) -> Int { max(1, state.layout.body.height - 1) }

    /// The id of the item under the cursor: a talk, or a bookmark not in the loaded data.
    var selectedID: TalkID? {
        guard lines.indices.contains(cursor.selected) else { return nil }
        let ids = lines[cursor.selected].itemIDs
        guard !ids.isEmpty else { return nil }
        return ids[min(column, ids.count - 1)]
    }

    /// The talk under the cursor (nil on a bookmark whose talk is not loaded).
    func selectedTalk(in state: BrowserState) -> Talk? {
        selectedID.flatMap(state.schedule.talk)
    }

    /// The bookmark under the cursor when its talk is not in the loaded data.
    var selectedMissingBookmark: Bookmark? {
        guard case .missing(let bookmark) = lines[safe: cursor.selected] else { return nil }
        return bookmark
    }

    /// After the bookmarks changed: new lines, the cursor on the same talk when it is still
    /// there, else on the nearest line.
    mutating func rebuild(for state: BrowserState) {
        let kept = selectedID
        lines = Self.lines(of: state.sharedAgenda, state: state)
        if let kept, let index = lines.firstIndex(where: { $0.itemIDs.contains(kept) }) {
            cursor.select(index, count: lines.count, rows: Self.rows(state))
            column = lines[index].itemIDs.firstIndex(of: kept) ?? 0
        } else {
            let near = min(cursor.selected, max(0, lines.count - 1))
            cursor.select(firstSelectable(from: near, step: 1) ?? firstSelectable(from: near, step: -1) ?? near,
                          count: lines.count, rows: Self.rows(state))
            column = 0
        }
    }

    /// Moves to the next (`step` 1) or previous (-1) line with a talk, `times` times; at the
    /// top, scrolls up so the day's heading shows.
    mutating func move(by step: Int, times: Int = 1, rows: Int) {
        var target = cursor.selected
        for _ in 0..<times {
            guard let next = firstSelectable(from: target + step, step: step) else { break }
            target = next
        }
        cursor.select(target, count: lines.count, rows: rows)
        if step < 0, firstSelectable(from: target - 1, step: -1) == nil {
            cursor.scroll(by: -lines.count, count: lines.count, rows: rows)
        }
        column = min(column, max(0, lines[safe: cursor.selected]?.itemIDs.count ?? 1) - 1)
    }

    mutating func moveToEnd(last: Bool, rows: Int) {
        let target = last ? firstSelectable(from: lines.count - 1, step: -1) : firstSelectable(from: 0, step: 1)
        cursor.select(target ?? 0, count: lines.count, rows: rows)
        if !last { cursor.scroll(by: -lines.count, count: lines.count, rows: rows) }
        column = 0
    }

    /// Left or right within a line of clashing talks.
    mutating func moveColumn(by delta: Int) {
        let count = lines[safe: cursor.selected]?.itemIDs.count ?? 0
        column = max(0, min(count - 1, column + delta))
    }

    private func firstSelectable(from start: Int, step: Int) -> Int? {
        var index = start
        while lines.indices.contains(index) {
            if !lines[index].itemIDs.isEmpty { return index }
            index += step
        }
        return nil
    }

    // MARK: Building the lines

    static func lines(of agenda: SharedAgenda, state: BrowserState) -> [AgendaLine] {
        guard !agenda.isEmpty else { return [.empty] }
        let isHidden = { (talk: Talk) in state.hidesPast && state.phase(of: talk) == .past }
        var lines: [AgendaLine] = []
        for day in agenda.days {
            let own = day.own.entries
            // Your clash groups, each drawn where its first talk comes; hiding the past, groups
            // whose talks have all ended go, with the gaps before them, and a day left with no
            // talk goes too.
            var groupStarting: [TalkID: [AgendaEntry]] = [:]
            for group in clashGroups(own) where !group.allSatisfy({ isHidden(own[$0].talk) }) {
                let entries = group.map { own[$0] }
                if let first = entries.first { groupStarting[first.id] = entries }
            }
            let offset = day.own.utcOffset ?? day.utcOffset ?? 0
            var dayLines: [AgendaLine] = []
            for item in day.timeline {
                switch item {
                case .free(let gap):
                    if state.hidesPast, let now = state.now, gap.end <= now.instant { continue }
                    dayLines.append(.gap(start: gap.start, end: gap.end, utcOffset: offset))
                case .entry(let entry) where entry.isYours:
                    guard let entries = groupStarting[entry.id] else { continue }
                    for start in stride(from: 0, to: entries.count, by: maxColumns) {
                        let row = entries[start..<min(entries.count, start + maxColumns)]
                        dayLines.append(.slot(row.map(\.id)))
                        dayLines += row.compactMap { entry in
                            entry.note.map { AgendaLine.note($0, about: row.count > 1 ? entry.talk.title : nil) }
                        }
                    }
                case .entry(let entry):
                    if !isHidden(entry.talk) { dayLines.append(.pick(entry.id)) }
                }
            }
            guard dayLines.contains(where: { !$0.itemIDs.isEmpty }) else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            let first = own.first?.talk ?? day.entries.first?.talk
            let conference = first.flatMap { state.schedule.source(named: $0.source)?.name } ?? ""
            let zone = first?.isFloating == true ? nil
                : first?.start.map { TimeText.zoneName(identifier: first?.timeZoneID, utcOffset: offset, at: $0) }
                    ?? TimeText.offsetName(offset)
            lines.append(.day(day.date, conference: conference, zone: zone))
            lines += dayLines
        }
        if !agenda.readingList.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.readingListHeading(count: agenda.readingList.count))
            for entry in agenda.readingList {
                guard entry.isYours else {
                    lines.append(.pick(entry.id))
                    continue
                }
                lines.append(.paper(entry.id))
                if let note = entry.note { lines.append(.note(note, about: nil)) }
            }
        }
        if !agenda.own.missing.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.missingHeading(count: agenda.own.missing.count))
            lines += agenda.own.missing.map(AgendaLine.missing)
        }
        if !agenda.missingPicks.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.missingPicksHeading(count: agenda.missingPicks.count))
            lines += agenda.missingPicks.map(AgendaLine.missingPick)
        }
        return lines.isEmpty ? [.allPast] : lines
    }

    /// Indices of a day's entries (in time order) grouped into runs that clash, directly or
    /// through each other (the agenda's own `clashesWith` decides what overlaps).
    static func clashGroups(_ entries: [AgendaEntry]) -> [[Int]] {
        var groups: [[Int]] = []
        var groupIDs: Set<TalkID> = []
        for (index, entry) in entries.enumerated() {
            if !groups.isEmpty, entry.clashesWith.contains(where: groupIDs.contains) {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
                groupIDs = []
            }
            groupIDs.insert(entry.id)
        }
        return groups
    }
}

import Foundation
import LineupModel

/// Reads another person's picks from a file Lineup wrote: a bookmark file (`BookmarkFile`) or
/// an iCalendar agenda exported by Lineup (`ICalendarExport`), told apart by content.
public enum PicksImport {
    /// The picks in `bytes`, and warnings (`file:line: ...`) for what was skipped.
    ///
    /// An exported calendar names each item by UID: `ID@lineup` for Lineup's own id, else the
    /// source's own UID, which is looked up among `talks` (an item of the loaded data whose
    /// source id it is); a UID that matches nothing is kept as the id, with the event's
    /// SUMMARY as title and its DTSTART (when in UTC) as start, like a bookmark of an item
    /// that is not loaded. Throws `PicksImportError` for a file that is neither.
    public static func read(_ bytes: [UInt8], fileName: String, talks: [Talk], now: Date)
        throws(PicksImportError) -> (picks: [Bookmark], warnings: [String])
    {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let leading = body.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if leading.first == UInt8(ascii: "{") {
            switch BookmarkFile.decode(Array(body)) {
            case .bookmarks(let bookmarks): return (bookmarks, [])
            case .corrupt(let reason): throw PicksImportError("\(fileName): not a Lineup bookmark file (\(reason))")
            case .newerVersion(let version):
                throw PicksImportError("\(fileName): a bookmark file of version \(version), newer than this Lineup reads (\(BookmarkFile.version))")
            }
        }
        guard let text = String(bytes: body, encoding: .utf8),
              text.prefix(15).uppercased() == "BEGIN:VCALENDAR" || leading.starts(with: Array("BEGIN:VCALENDAR".utf8)) else {
            throw PicksImportError("\(fileName): neither a Lineup bookmark file (JSON) nor an iCalendar file (BEGIN:VCALENDAR)")
        }
        return calendarPicks(text, fileName: fileName, talks: talks, now: now)
    }

    private static func calendarPicks(_ text: String, fileName: String, talks: [Talk], now: Date) -> (picks: [Bookmark], warnings: [String]) {
        var bySourceID: [String: Talk] = [:]
        var byID: [TalkID: Talk] = [:]
        for talk in talks {
            byID[talk.id] = byID[talk.id] ?? talk
            if let sourceID = talk.sourceID, bySourceID[sourceID] == nil { bySourceID[sourceID] = talk }
        }
        var picks: [Bookmark] = []
        var warnings: [String] = []
        var event: [String: String]?
        var eventLine = 0
        for (line, number) in unfoldedLines(text) {
            let upper = line.uppercased()
            if upper == "BEGIN:VEVENT" {
                event = [:]
                eventLine = number
            } else if upper == "END:VEVENT", let fields = event {
                event = nil
                guard let uid = fields["UID"], !uid.isEmpty else {
                    warnings.append("\(fileName):\(eventLine): warning: an event without a UID was skipped")
                    continue
                }
                let id: TalkID
                if uid.hasSuffix("@lineup"), !uid.dropLast(7).isEmpty {
                    id = TalkID(String(uid.dropLast(7)))
                } else {
                    id = bySourceID[uid]?.id ?? TalkID(uid)
                }
                let talk = byID[id]
                let start = talk?.start ?? fields["DTSTART"].flatMap(utcInstant)
                picks.append(Bookmark(id: id, title: talk?.title ?? fields["SUMMARY"].map(unescape) ?? "", start: start, added: now))
            } else if event != nil, let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].split(separator: ";", maxSplits: 1).first.map { $0.uppercased() } ?? ""
                if ["UID", "SUMMARY", "DTSTART"].contains(name), event?[name] == nil {
                    event?[name] = String(line[line.index(after: colon)...])
                }
            }
        }
        return (picks, warnings)
    }

    /// Content lines with their first physical line number: a line break followed by a
    /// space or tab continues the line (RFC 5545 3.1).
    static func unfoldedLines(_ text: String) -> [(String, Int)] {
        var lines: [(String, Int)] = []
        // "\r\n" is one Character in Swift: split on either ending.
        let physicalLines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (offset, physical) in physicalLines.enumerated() {
            if let first = physical.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].0 += physical.dropFirst()
            } else if !physical.isEmpty {
                lines.append((String(physical), offset + 1))
            }
        }
        return lines
    }

    /// `\,` `\;` `\n` `\\` undone.
    static func unescape(_ value: String) -> String {
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// "20220719T180000Z" as an instant; nil for floating or zoned times (the start then
    /// comes from the loaded item, if any).
    static func utcInstant(_ value: String) -> Date? {
        let digits = Array(value.utf8)
        guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
        let text = String(value)
        func number(_ from: Int, _ length: Int) -> Int? {
            let start = text.index(text.startIndex, offsetBy: from)
            return Int(text[start..<text.index(start, offsetBy: length)])
        }
        guard let year = number(0, 4), let month = number(4, 2), let day = number(6, 2),
              let hour = number(9, 2), let minute = number(11, 2), let second = number(13, 2) else { return nil }
        let iso = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second)
        return ISOInstant.parse(iso)
    }
}

/// A file that holds no picks Lineup can read; the message names the file.
public struct PicksImportError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

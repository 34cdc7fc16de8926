import Foundation
import LineupModel

/// iCalendar (RFC 5545) as a schedule: each VEVENT an item; LOCATION its room, CATEGORIES its
/// track and tags, ORGANIZER and ATTENDEE common names its people, DESCRIPTION (HTML made
/// plain) its abstract, UID its source id.
enum ICalendarFormat {
    /// True when the first content line (after a byte-order mark and blank lines) is
    /// BEGIN:VCALENDAR, in any case.
    static func detect(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, PageText.isSpaceOrBreak(bytes[index]) { index += 1 }
        let expected = Array("BEGIN:VCALENDAR".utf8)
        guard bytes.count - index >= expected.count else { return false }
        return zip(bytes[index..<(index + expected.count)], expected).allSatisfy { ($0 | 0x20) == ($1 | 0x20) }
    }

    /// About how many events a file of `size` bytes starting with `bytes` holds, for
    /// reserving room: the lines starting with "BEGIN:VEVENT" (as most files write it) in the
    /// first megabyte of `bytes`, scaled to the whole file with 10% to spare. Reserved room
    /// that is never filled costs address space, not memory. O(1 MB).
    static func eventCountHint(_ bytes: [UInt8], size: Int) -> Int {
        let sampleSize = min(bytes.count, 1 << 20)
        let marker = Array("BEGIN:VEVENT".utf8)
        let found = bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0, lineStart = 0
            while lineStart < sampleSize {
                if lineStart + marker.count <= sampleSize,
                   UnsafeBufferPointer(rebasing: buffer[lineStart..<(lineStart + marker.count)]).elementsEqual(marker) {
                    count += 1
                }
                guard let newline = memchr(base + lineStart, 0x0A, sampleSize - lineStart) else { break }
                lineStart = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
        guard sampleSize > 0, sampleSize < size else { return found }
        let scaled = Double(found) * Double(size) / Double(sampleSize) * 1.1
        return min(Int(scaled), size / 64)
    }

    static func draft(_ bytes: [UInt8], file: String) -> (ScheduleDraft, [Diagnostic]) {
        var reader = ICalendarReader(file: file)
        let document = reader.read(bytes)
        return (ScheduleDraft(name: document.name, items: document.events), reader.diagnostics)
    }

    /// pretalx writes SUMMARY as "Title - Speaker A, Speaker B" (its events have no ATTENDEE);
    /// split at the last " - ". Nil when there is no such separator.
    static func pretalxSpeakers(_ summary: String) -> (title: String, speakers: [String])? {
        guard let range = summary.range(of: " - ", options: .backwards) else { return nil }
        let title = String(summary[..<range.lowerBound]).trimmingSpaces
        let speakers = summary[range.upperBound...].split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !title.isEmpty, !speakers.isEmpty else { return nil }
        return (title, speakers)
    }
}

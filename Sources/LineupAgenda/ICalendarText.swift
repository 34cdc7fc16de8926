import Foundation
import LineupModel

/// The content-line rules of iCalendar (RFC 5545 §3.1, §3.3.5, §3.3.11).
enum ICalendarText {
    /// The longest content line in octets, line break excluded (§3.1).
    static let lineLimit = 75

    /// A TEXT value: backslash, semicolon and comma escaped, line breaks as "\n". Control
    /// characters, which TEXT does not allow, go through `TerminalText.sanitize` first: whole
    /// escape sequences are dropped, lone controls become visible placeholders, tabs spaces.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in TerminalText.sanitize(text, keepingNewlines: true).unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case ";": output += "\\;"
            case ",": output += "\\,"
            case "\n": output += "\\n"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A URI value: not escaped (§3.3.13), but controls and spaces, which no URI holds, dropped.
    static func uri(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 && !(0x7F...0x9F).contains($0.value) }))
    }

    /// Folds one content line into lines of at most 75 octets: a break is CRLF followed by one
    /// space, which counts towards the next line's 75. Breaks fall between Unicode scalars, so
    /// no UTF-8 sequence is split, and never inside a backslash escape ("\\,"), which the RFC
    /// allows but simple readers trip over. The result has no final line break.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line }
        var output = String.UnicodeScalarView()
        var octets = 0
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            var unit = [scalar]
            if scalar == "\\", let escaped = scalars.next() { unit.append(escaped) }
            let size = unit.reduce(0) { $0 + UTF8.width($1) }
            if octets + size > lineLimit {
                output.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            output.append(contentsOf: unit)
            octets += size
        }
        return String(output)
    }

    /// A floating DATE-TIME value: "20240203T103000" (§3.3.5, form #1: local time, no zone).
    static func floating(_ time: LocalDateTime) -> String {
        let date = time.date
        return String(format: "%04d%02d%02dT%02d%02d%02d", date.year, date.month, date.day, time.hour, time.minute, time.second)
    }

    /// A UTC DATE-TIME value: "20220719T180000Z" (§3.3.5, form #2).
    static func dateTime(_ date: Date) -> String {
        ISOInstant.format(date).filter { $0 != "-" && $0 != ":" }
    }
}

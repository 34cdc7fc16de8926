import Foundation
import LineupModel

/// The generated events as a frab schedule, in XML and in JSON (version 1), as frab and
/// pretalx write them: one `<day>` per conference day holding `<room>` wrappers, events with
/// guid, `<date>` with its offset, start, duration, persons and an abstract.
enum FrabRendering {
    enum Shape { case xml, json }

    /// Writes the file and returns its size in bytes.
    static func write(_ events: GeneratedEvents, as shape: Shape, to path: String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        defer { try? handle.close() }
        var buffer = ""
        var total = 0
        func flush() {
            let data = Data(buffer.utf8)
            handle.write(data)
            total += data.count
            buffer.removeAll(keepingCapacity: true)
        }
        // Group by day, then room, keeping the generator's order within a room.
        var days: [Int: [String: [GeneratedEvent]]] = [:]
        for event in events {
            let day = event.startWall / 86_400
            days[day, default: [:]][event.room, default: []].append(event)
        }
        let zone = TimeZone(identifier: GeneratedEvents.zone)
        func offset(_ wall: Int) -> Int {
            zone.map { $0.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall - 3600))) } ?? 0
        }
        func dateText(_ wall: Int) -> String {
            let local = LocalDateTime(wallSecondsSinceEpoch: wall)
            let seconds = offset(wall)
            let sign = seconds < 0 ? "-" : "+"
            return "\(local.date.iso)T\(local.clock):00\(sign)\(two(abs(seconds) / 3600)):\(two(abs(seconds) / 60 % 60))"
        }
        let title = "Generated Conference"
        switch shape {
        case .xml:
            buffer += "<?xml version='1.0' encoding='utf-8' ?>\n<schedule>\n<version>1</version>\n<conference>\n"
            buffer += "<acronym>gen</acronym>\n<title>\(title)</title>\n<time_zone_name>\(GeneratedEvents.zone)</time_zone_name>\n"
            buffer += "<day_change>04:00</day_change>\n</conference>\n"
        case .json:
            buffer += "{\"schedule\": {\"version\": \"1\", \"conference\": {\"acronym\": \"gen\", \"title\": \"\(title)\", "
            buffer += "\"time_zone_name\": \"\(GeneratedEvents.zone)\", \"days\": [\n"
        }
        for (dayNumber, (day, rooms)) in days.sorted(by: { $0.key < $1.key }).enumerated() {
            let date = LocalDate(daysSinceEpoch: day).iso
            switch shape {
            case .xml: buffer += "<day index='\(dayNumber + 1)' date='\(date)'>\n"
            case .json: buffer += (dayNumber == 0 ? "" : ",\n") + "{\"index\": \(dayNumber + 1), \"date\": \"\(date)\", \"rooms\": {\n"
            }
            for (roomNumber, room) in GeneratedEvents.rooms.filter({ rooms[$0] != nil }).enumerated() {
                switch shape {
                case .xml: buffer += "<room name='\(room)'>\n"
                case .json: buffer += (roomNumber == 0 ? "" : ",\n") + "\"\(room)\": [\n"
                }
                for (eventNumber, event) in (rooms[room] ?? []).enumerated() {
                    let start = LocalDateTime(wallSecondsSinceEpoch: event.startWall)
                    let duration = "00:\(two(event.minutes))"
                    let guid = "00000000-0000-4000-8000-\(String(format: "%012d", event.number))"
                    switch shape {
                    case .xml:
                        buffer += "<event guid='\(guid)' id='\(event.number)'>\n<date>\(dateText(event.startWall))</date>\n"
                        buffer += "<start>\(start.clock)</start>\n<duration>\(duration)</duration>\n<room>\(room)</room>\n"
                        buffer += "<title>\(xml(event.title))</title>\n<subtitle></subtitle>\n<track>\(xml(event.track))</track>\n"
                        buffer += "<type>lecture</type>\n<language>en</language>\n<abstract>\(xml(event.abstract))</abstract>\n"
                        buffer += "<description></description>\n<persons>\n"
                        for (index, speaker) in event.speakers.enumerated() {
                            buffer += "<person id='\(event.number * 4 + index)'>\(xml(speaker))</person>\n"
                        }
                        buffer += "</persons>\n<links>\n</links>\n</event>\n"
                    case .json:
                        buffer += (eventNumber == 0 ? "" : ",\n")
                        buffer += "{\"id\": \(event.number), \"guid\": \"\(guid)\", \"date\": \"\(dateText(event.startWall))\", "
                        buffer += "\"start\": \"\(start.clock)\", \"duration\": \"\(duration)\", \"room\": \"\(room)\", "
                        buffer += "\"title\": \(json(event.title)), \"subtitle\": \"\", \"track\": \(json(event.track)), "
                        buffer += "\"type\": \"lecture\", \"language\": \"en\", \"abstract\": \(json(event.abstract)), "
                        buffer += "\"description\": \"\", \"persons\": ["
                        buffer += event.speakers.enumerated().map { "{\"id\": \(event.number * 4 + $0.offset), \"public_name\": \(json($0.element))}" }
                            .joined(separator: ", ")
                        buffer += "], \"links\": []}"
                    }
                    if buffer.utf8.count > 1 << 20 { flush() }
                }
                switch shape {
                case .xml: buffer += "</room>\n"
                case .json: buffer += "]"
                }
            }
            switch shape {
            case .xml: buffer += "</day>\n"
            case .json: buffer += "}}"
            }
        }
        switch shape {
        case .xml: buffer += "</schedule>\n"
        case .json: buffer += "\n]}}}\n"
        }
        flush()
        return total
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func xml(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}

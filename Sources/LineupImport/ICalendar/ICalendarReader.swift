import Foundation
import LineupModel

/// What an iCalendar stream holds for a schedule: its name and its VEVENTs as items, times
/// resolved. VTODO, VJOURNAL, VALARM and unknown components are skipped.
struct ICalendarDocument: Sendable {
    var name: String?
    /// PRODID, e.g. "-//pretalx//pretalx.com//".
    var producer: String?
    var events: [ItemDraft]
}

/// Reads RFC 5545 text: unfolds, splits content lines, walks components, then resolves each
/// event's DTSTART/DTEND/DURATION against IANA zones, the file's VTIMEZONEs and Windows zone
/// names. Pure; every problem is a diagnostic naming the file and line.
struct ICalendarReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The file's VTIMEZONEs by TZID, after `read`.
    private(set) var parsedZones: [String: ICalTimeZone] = [:]

    init(file: String) { self.file = file }

    /// A DTSTART/DTEND as written: the value and its TZID, if any.
    private struct RawTime {
        var value: ICalTimeValue
        var zoneName: String?
        var line: Int
    }

    private struct RawEvent {
        var line: Int
        var uid: String?
        var summary = ""
        var description = ""
        var location: String?
        var categories: [String] = []
        var people: [String] = []
        var url: String?
        var cancelled = false
        var start: RawTime?
        var end: RawTime?
        var duration: Int?
    }

    private struct RawObservance {
        var line: Int
        var start: ICalTimeValue?
        var offsetFrom: Int?
        var offsetTo: Int?
        var rule: ICalRecurrenceRule?
        var extraStarts: [Int] = []
    }

    /// The properties this reader uses; others are skipped before their values are decoded.
    private static let usedProperties: Set<String> = [
        "BEGIN", "END", "UID", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "URL", "STATUS", "ORGANIZER",
        "ATTENDEE", "DTSTART", "DTEND", "DURATION", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE",
        "X-WR-CALNAME", "PRODID",
    ]

    mutating func read(_ bytes: [UInt8]) -> ICalendarDocument {
        var name: String?
        var producer: String?
        var events: [RawEvent] = []
        var zones: [String: ICalTimeZone] = [:]
        var stack: [String] = []
        var event: RawEvent?
        var zone: ICalTimeZone?
        var observance: RawObservance?
        var sawCalendar = false

        bytes.withUnsafeBufferPointer { buffer in
            ICalContentLines.forEach(in: buffer) { lineBytes, lineNumber in
                guard let (propertyName, nameEnd) = ICalContentLine.name(of: lineBytes) else {
                    warn(lineNumber, "not an iCalendar content line (no \"name:value\"); skipped")
                    return
                }
                guard Self.usedProperties.contains(propertyName) else { return }
                guard let property = ICalContentLine(lineBytes, name: propertyName, nameEnd: nameEnd, line: lineNumber) else {
                    warn(lineNumber, "not an iCalendar content line (no \":\" after its parameters); skipped")
                    return
                }
                switch property.name {
                case "BEGIN":
                    let component = property.value.uppercased()
                    stack.append(component)
                    if component == "VCALENDAR" { sawCalendar = true }
                    let parent = stack.dropLast().last
                    let topLevel = parent == nil || (parent == "VCALENDAR" && stack.count == 2)
                    if topLevel, component == "VEVENT", event == nil {
                        event = RawEvent(line: lineNumber)
                    } else if topLevel, component == "VTIMEZONE", zone == nil {
                        zone = ICalTimeZone(id: "", observances: [], line: lineNumber)
                    } else if zone != nil, parent == "VTIMEZONE", component == "STANDARD" || component == "DAYLIGHT" {
                        observance = RawObservance(line: lineNumber)
                    }
                    return
                case "END":
                    let component = property.value.uppercased()
                    guard let open = stack.lastIndex(of: component) else {
                        warn(lineNumber, "END:\(property.value) without a matching BEGIN; ignored")
                        return
                    }
                    if open != stack.count - 1 {
                        warn(lineNumber, "END:\(property.value) closes \(stack[(open + 1)...].joined(separator: ", ")) too")
                    }
                    stack.removeSubrange(open...)
                    if event != nil, !stack.contains("VEVENT") {
                        if let finished = event { events.append(finished) }
                        event = nil
                    }
                    if let current = observance, !stack.contains("STANDARD"), !stack.contains("DAYLIGHT") {
                        if let made = makeObservance(current) { zone?.observances.append(made) }
                        observance = nil
                    }
                    if let finished = zone, !stack.contains("VTIMEZONE") {
                        if finished.id.isEmpty {
                            warn(finished.line, "a VTIMEZONE without TZID; ignored")
                        } else if finished.observances.isEmpty {
                            warn(finished.line, "VTIMEZONE \(finished.id) has no usable STANDARD or DAYLIGHT part; ignored")
                        } else {
                            zones[finished.id] = finished
                        }
                        zone = nil
                    }
                    return
                default:
                    break
                }
                let innermost = stack.last
                if observance != nil, innermost == "STANDARD" || innermost == "DAYLIGHT" {
                    apply(property, to: &observance)
                } else if zone != nil, innermost == "VTIMEZONE" {
                    if property.name == "TZID" { zone?.id = property.value.trimmingSpaces }
                } else if event != nil, innermost == "VEVENT" {
                    apply(property, to: &event)
                } else if innermost == "VCALENDAR" {
                    switch property.name {
                    case "X-WR-CALNAME": name = ICalText.unescape(property.value).trimmingSpaces
                    case "PRODID": producer = property.value
                    default: break
                    }
                }
            }
        }
        if !sawCalendar { warn(nil, "no BEGIN:VCALENDAR; read the events found") }
        if let unfinished = event {
            warn(unfinished.line, "VEVENT not closed by END:VEVENT before the end of the file; kept")
            events.append(unfinished)
        }
        parsedZones = zones
        let resolver = ZoneResolver(zones: zones)
        var resolved: [ItemDraft] = []
        resolved.reserveCapacity(events.count)
        var zoneCache: [String: ZoneResolver.Resolution] = [:]
        splitsSpeakers = producer?.lowercased().contains("pretalx") == true
        for index in events.indices {
            if let made = resolve(events[index], resolver: resolver, cache: &zoneCache) { resolved.append(made) }
            events[index] = RawEvent(line: 0) // its strings now belong to the item
        }
        return ICalendarDocument(name: name?.isEmpty == false ? name : nil, producer: producer, events: resolved)
    }

    // MARK: - Properties

    private mutating func apply(_ property: ICalContentLine, to event: inout RawEvent?) {
        switch property.name {
        case "UID": event?.uid = ICalText.unescape(property.value).trimmingSpaces
        case "SUMMARY": event?.summary = ICalText.unescape(property.value).trimmingSpaces
        case "DESCRIPTION": event?.description = ICalText.unescape(property.value)
        case "LOCATION":
            let location = ICalText.unescape(property.value).trimmingSpaces
            event?.location = location.isEmpty ? nil : location
        case "CATEGORIES": event?.categories.append(contentsOf: ICalText.list(property.value))
        case "URL":
            let url = property.value.trimmingSpaces
            event?.url = url.isEmpty ? nil : url
        case "STATUS": event?.cancelled = property.value.trimmingSpaces.uppercased() == "CANCELLED"
        case "ORGANIZER", "ATTENDEE":
            if let name = property.parameter("CN")?.trimmingSpaces, !name.isEmpty { event?.people.append(name) }
        case "DTSTART": event?.start = time(property)
        case "DTEND": event?.end = time(property)
        case "DURATION":
            if let seconds = ICalDuration.seconds(property.value.trimmingSpaces) {
                event?.duration = seconds
            } else {
                warn(property.line, "DURATION \"\(property.value)\" is not an RFC 5545 duration; ignored")
            }
        default: break
        }
    }

    private mutating func apply(_ property: ICalContentLine, to observance: inout RawObservance?) {
        switch property.name {
        case "DTSTART": observance?.start = ICalTimeValue(property.value.trimmingSpaces)
        case "TZOFFSETFROM": observance?.offsetFrom = ICalUTCOffset.seconds(property.value.trimmingSpaces)
        case "TZOFFSETTO": observance?.offsetTo = ICalUTCOffset.seconds(property.value.trimmingSpaces)
        case "RRULE":
            if let rule = ICalRecurrenceRule(property.value.trimmingSpaces) {
                observance?.rule = rule
            } else {
                warn(property.line, "RRULE \"\(property.value)\" is not a yearly rule this reader follows; ignored")
            }
        case "RDATE":
            for text in property.value.split(separator: ",") {
                switch ICalTimeValue(String(text)) {
                case .local(let wall)?: observance?.extraStarts.append(wall)
                case .date(let days)?: observance?.extraStarts.append(days * 86_400)
                case .utc(let seconds)?:
                    let offsetFrom = observance?.offsetFrom ?? 0
                    observance?.extraStarts.append(seconds + offsetFrom)
                case nil: warn(property.line, "RDATE \"\(text)\" is not a date or date-time; ignored")
                }
            }
        default: break
        }
    }

    private mutating func makeObservance(_ raw: RawObservance) -> ICalTimeZone.Observance? {
        guard let offsetTo = raw.offsetTo else {
            warn(raw.line, "a time zone part without a valid TZOFFSETTO; ignored")
            return nil
        }
        let offsetFrom = raw.offsetFrom ?? offsetTo
        let startWall: Int
        switch raw.start {
        case .local(let wall)?: startWall = wall
        case .utc(let seconds)?: startWall = seconds + offsetFrom
        case .date(let days)?: startWall = days * 86_400
        case nil:
            warn(raw.line, "a time zone part without a valid DTSTART; ignored")
            return nil
        }
        return ICalTimeZone.Observance(startWall: startWall, offsetFrom: offsetFrom, offsetTo: offsetTo,
                                       rule: raw.rule, extraStarts: raw.extraStarts)
    }

    private mutating func time(_ property: ICalContentLine) -> RawTime? {
        let text = property.value.trimmingSpaces
        guard let value = ICalTimeValue(text) else {
            warn(property.line, "\(property.name) \"\(text)\" is not an RFC 5545 date or date-time; ignored")
            return nil
        }
        let zoneName = property.parameter("TZID")?.trimmingSpaces
        return RawTime(value: value, zoneName: zoneName?.isEmpty == false ? zoneName : nil, line: property.line)
    }

    // MARK: - Times

    private mutating func resolve(_ raw: RawEvent, resolver: ZoneResolver,
                                  cache: inout [String: ZoneResolver.Resolution]) -> ItemDraft? {
        guard let start = raw.start else {
            warn(raw.line, "VEVENT \(raw.summary.isEmpty ? "" : "\"\(raw.summary)\" ")has no valid DTSTART; skipped")
            return nil
        }
        let startZone = zone(of: start, resolver: resolver, cache: &cache)
        var timing: ItemTiming
        switch (start.value, startZone) {
        case (.utc(let seconds), _):
            timing = .instant(start: seconds, end: nil, zoneID: nil, utcOffset: 0)
        case (.local(let wall), let resolution?):
            let (utc, offset) = instant(ofWall: wall, in: resolution, line: start.line)
            timing = .instant(start: utc, end: nil, zoneID: resolution.ianaName, utcOffset: offset)
        case (.local(let wall), nil):
            timing = .floating(start: wall, end: nil)
        case (.date(let days), _):
            timing = .floating(start: days * 86_400, end: nil)
        }

        let endValue: Int?
        if let end = raw.end {
            endValue = endSeconds(end, timing: timing, resolver: resolver, cache: &cache)
        } else if let duration = raw.duration {
            endValue = startSeconds(timing) + duration
        } else if case .date = start.value {
            endValue = startSeconds(timing) + 86_400
        } else {
            endValue = startSeconds(timing)
        }
        var end = endValue
        if let value = endValue, value < startSeconds(timing) {
            warn(raw.end?.line ?? raw.line, "the event ends before it starts; its end is ignored")
            end = nil
        }
        timing = timing.with(end: end)
        var title = raw.summary
        var people = raw.people
        if splitsSpeakers, people.isEmpty, let split = ICalendarFormat.pretalxSpeakers(raw.summary) {
            title = split.title
            people = split.speakers
        }
        return ItemDraft(
            line: raw.line, sourceID: raw.uid, title: title, people: people,
            abstract: HTMLText.plain(raw.description).trimmingSpaces, room: raw.location,
            track: raw.categories.first, tags: raw.categories.count > 1 ? raw.categories : [], url: raw.url,
            cancelled: raw.cancelled, timing: timing)
    }

    /// pretalx writes speakers into SUMMARY; set from PRODID before events are resolved.
    private var splitsSpeakers = false

    private struct WallKey: Hashable {
        var zone: String
        var wall: Int
    }

    /// Wall clocks already resolved, per zone: schedules repeat their slot times in every room.
    private var resolvedWalls: [WallKey: (utc: Int, offset: Int)] = [:]

    /// The instant and offset of `wall` in `resolution`'s zone; the first time a zone shadowed by
    /// a disagreeing VTIMEZONE is used at such a time, a warning.
    private mutating func instant(ofWall wall: Int, in resolution: ZoneResolver.Resolution, line: Int) -> (Int, Int) {
        let key = WallKey(zone: resolution.name, wall: wall)
        if let known = resolvedWalls[key] { return known }
        let utc = resolution.rule.utc(fromWall: wall)
        let offset = resolution.rule.utcOffset(atUTC: utc)
        if !reportedDisagreements.contains(resolution.name), let disagreement = resolution.check(atUTC: utc) {
            reportedDisagreements.insert(resolution.name)
            warn(line, disagreement)
        }
        resolvedWalls[key] = (utc, offset)
        return (utc, offset)
    }

    private var reportedDisagreements: Set<String> = []
    private var reportedUnknownZones: Set<String> = []

    private func startSeconds(_ timing: ItemTiming) -> Int { timing.startSeconds ?? 0 }

    /// The end in the same terms as the start: UTC seconds for an instant, wall seconds for a
    /// floating start (an end in another kind is converted, or read in the start's zone).
    private mutating func endSeconds(_ end: RawTime, timing: ItemTiming, resolver: ZoneResolver,
                                     cache: inout [String: ZoneResolver.Resolution]) -> Int? {
        switch (timing, end.value) {
        case (.instant, .utc(let seconds)): return seconds
        case (.instant(let start, _, _, let offset), .local(let wall)):
            if end.zoneName != nil, let resolution = zone(of: end, resolver: resolver, cache: &cache) {
                return instant(ofWall: wall, in: resolution, line: end.line).0
            }
            // No zone of its own: read it with the start's offset shift.
            return start + (wall - (start + offset))
        case (.instant(let start, _, _, let offset), .date(let days)):
            return start + (days * 86_400 - (start + offset))
        case (.floating, .local(let wall)): return wall
        case (.floating, .date(let days)): return days * 86_400
        case (.floating(let start, _), .utc):
            warn(end.line, "DTEND is in UTC but DTSTART has no zone; the event is kept without an end")
            return start
        case (.untimed, _): return nil
        }
    }

    private mutating func zone(of time: RawTime, resolver: ZoneResolver,
                               cache: inout [String: ZoneResolver.Resolution]) -> ZoneResolver.Resolution? {
        guard let name = time.zoneName, case .local = time.value else { return nil }
        if let cached = cache[name] { return cached }
        guard let resolution = resolver.resolve(name) else {
            if !reportedUnknownZones.contains(name) {
                reportedUnknownZones.insert(name)
                warn(time.line, "TZID \"\(name)\" is neither an IANA zone, a VTIMEZONE of this file nor a known Windows zone; its times are kept as floating wall-clock times")
            }
            return nil
        }
        cache[name] = resolution
        return resolution
    }

    private mutating func warn(_ line: Int?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, message))
    }
}

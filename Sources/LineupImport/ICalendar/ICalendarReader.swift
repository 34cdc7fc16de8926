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

/// Reads RFC 5545 text: unfolds, splits content lines, walks components, and resolves each
/// event's DTSTART/DTEND/DURATION against IANA zones, the file's VTIMEZONEs and Windows zone
/// names. Pure; every problem is a diagnostic naming the file and line.
///
/// Events are handed out one at a time as each ends, resolved with the VTIMEZONEs and PRODID
/// read so far, so no list of every event is held. A file that defines a zone after an event
/// used its TZID (or whose PRODID comes after its events and changes how SUMMARY is read) is
/// read again: its zones and PRODID first, then its events, after `startOver` is called. The
/// items and diagnostics are those of reading every zone before any event.
struct ICalendarReader {
    let file: String
    /// Problems met reading the file, then those met resolving its events, in event order.
    var diagnostics: [Diagnostic] { readDiagnostics + resolveDiagnostics }
    private var readDiagnostics: [Diagnostic] = []
    private var resolveDiagnostics: [Diagnostic] = []
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

    /// How a pass over the file treats it.
    private enum Pass {
        /// Events resolved as they end, with what is known so far; stops when that may differ
        /// from knowing the whole file.
        case streaming
        /// Only VTIMEZONEs and PRODID.
        case zonesOnly
        /// Events resolved with the zones and PRODID of the whole file, found by `zonesOnly`.
        case withZones([String: ICalTimeZone], producer: String?)
    }

    /// Reads every event into one list.
    mutating func read(_ bytes: [UInt8]) -> ICalendarDocument {
        var events: [ItemDraft] = []
        let (name, producer) = read(ByteSource(bytes: bytes), startOver: { events.removeAll() }, each: { events.append($0) })
        return ICalendarDocument(name: name, producer: producer, events: events)
    }

    /// Calls `each` with every event, in file order; when the file has to be read again,
    /// `startOver` first (what `each` was given until then no longer counts). Returns the
    /// calendar's name (X-WR-CALNAME) and producer (PRODID). Each pass reads `source` from
    /// its start; when it fails (see `ByteSource.failure`) the passes end early and what was
    /// read must not be used.
    mutating func read(_ source: ByteSource, startOver: () -> Void, each: (ItemDraft) -> Void)
        -> (name: String?, producer: String?)
    {
        if let result = walk(source, pass: .streaming, each: each) { return result }
        startOver()
        readDiagnostics = []
        resolveDiagnostics = []
        _ = walk(source, pass: .zonesOnly, each: { _ in })
        let zones = parsedZones, producer = lastProducer
        readDiagnostics = []
        resolveDiagnostics = []
        return walk(source, pass: .withZones(zones, producer: producer), each: each) ?? (nil, nil)
    }

    /// The PRODID of the last pass.
    private var lastProducer: String?

    /// One pass over the file; nil when a streaming pass stopped.
    private mutating func walk(_ source: ByteSource, pass: Pass, each: (ItemDraft) -> Void) -> (name: String?, producer: String?)? {
        var name: String?
        var producer: String?
        var zones: [String: ICalTimeZone] = [:]
        var stack: [String] = []
        var event: RawEvent?
        var zone: ICalTimeZone?
        var observance: RawObservance?
        var sawCalendar = false
        var stopped = false
        var scratch: [UInt8] = []

        // Resolution state, fresh for each pass.
        resolvedWalls = [:]
        reportedDisagreements = []
        reportedUnknownZones = []
        lookedUpZoneNames = []
        var resolvedAny = false
        resolvedZones = ResolvedZones()
        var resolver: ZoneResolver
        switch pass {
        case .withZones(let known, let knownProducer):
            resolver = ZoneResolver(zones: known)
            splitsSpeakers = Self.isPretalx(knownProducer)
        case .streaming, .zonesOnly:
            resolver = ZoneResolver(zones: [:])
            splitsSpeakers = false
        }
        let collectsEvents: Bool
        if case .zonesOnly = pass { collectsEvents = false } else { collectsEvents = true }

        func finish(_ raw: RawEvent) {
            resolvedAny = true
            if let made = resolve(raw, resolver: resolver) { each(made) }
        }

        source.rewind()
        do {
            ICalContentLines.forEach(in: source, whileTrue: { lineBytes, lineNumber in
                guard let nameEnd = ICalContentLine.nameEnd(of: lineBytes) else {
                    warn(lineNumber, "not an iCalendar content line (no \"name:value\"); skipped")
                    return true
                }
                guard let propertyName = ICalPropertyName(UnsafeBufferPointer(rebasing: lineBytes[0..<nameEnd])) else {
                    return true
                }
                // The properties of an event, the bulk of a file: read from the bytes.
                if propertyName != .begin, propertyName != .end, event != nil, stack.last == "VEVENT" {
                    guard let (valueStart, parameter) = ICalContentLine.valueStart(
                        of: lineBytes, nameEnd: nameEnd, parameter: propertyName.usedParameter) else {
                        warn(lineNumber, "not an iCalendar content line (no \":\" after its parameters); skipped")
                        return true
                    }
                    if collectsEvents {
                        apply(propertyName, value: UnsafeBufferPointer(rebasing: lineBytes[valueStart...]), parameter: parameter,
                              line: lineNumber, to: &event, scratch: &scratch)
                    }
                    return true
                }
                guard let property = ICalContentLine(lineBytes, name: propertyName.text, nameEnd: nameEnd, line: lineNumber) else {
                    warn(lineNumber, "not an iCalendar content line (no \":\" after its parameters); skipped")
                    return true
                }
                switch propertyName {
                case .begin:
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
                    return true
                case .end:
                    let component = property.value.uppercased()
                    guard let open = stack.lastIndex(of: component) else {
                        warn(lineNumber, "END:\(property.value) without a matching BEGIN; ignored")
                        return true
                    }
                    if open != stack.count - 1 {
                        warn(lineNumber, "END:\(property.value) closes \(stack[(open + 1)...].joined(separator: ", ")) too")
                    }
                    stack.removeSubrange(open...)
                    if event != nil, !stack.contains("VEVENT") {
                        if let finished = event, collectsEvents { finish(finished) }
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
                            if case .streaming = pass {
                                // An event before it may have read this TZID otherwise.
                                if lookedUpZoneNames.contains(finished.id) {
                                    stopped = true
                                    return false
                                }
                                resolver = ZoneResolver(zones: zones)
                            }
                        }
                        zone = nil
                    }
                    return true
                default:
                    break
                }
                let innermost = stack.last
                if observance != nil, innermost == "STANDARD" || innermost == "DAYLIGHT" {
                    apply(property, to: &observance)
                } else if zone != nil, innermost == "VTIMEZONE" {
                    if propertyName == .tzid { zone?.id = property.value.trimmingSpaces }
                } else if innermost == "VCALENDAR" {
                    switch propertyName {
                    case .calendarName: name = ICalText.unescape(property.value).trimmingSpaces
                    case .prodid:
                        producer = property.value
                        // Streaming reads events with the PRODID so far; the other passes know the last one.
                        if case .streaming = pass {
                            if resolvedAny, Self.isPretalx(producer) != splitsSpeakers {
                                stopped = true
                                return false
                            }
                            splitsSpeakers = Self.isPretalx(producer)
                        }
                    default: break
                    }
                }
                return true
            })
        }
        parsedZones = zones
        lastProducer = producer
        if stopped { return nil }
        if !sawCalendar { warn(nil, "no BEGIN:VCALENDAR; read the events found") }
        if let unfinished = event {
            warn(unfinished.line, "VEVENT not closed by END:VEVENT before the end of the file; kept")
            if collectsEvents { finish(unfinished) }
        }
        return (name?.isEmpty == false ? name : nil, producer)
    }

    private static func isPretalx(_ producer: String?) -> Bool {
        producer?.lowercased().contains("pretalx") == true
    }

    // MARK: - Properties

    /// A property of an event, from its value's bytes (still escaped) and the one parameter
    /// it uses (`ICalPropertyName.usedParameter`).
    private mutating func apply(_ name: ICalPropertyName, value: UnsafeBufferPointer<UInt8>, parameter: String?, line: Int,
                                to event: inout RawEvent?, scratch: inout [UInt8]) {
        switch name {
        case .uid: event?.uid = ICalText.text(value, trimmed: true, scratch: &scratch)
        case .summary: event?.summary = ICalText.text(value, trimmed: true, scratch: &scratch)
        case .description: event?.description = ICalText.text(value, trimmed: false, scratch: &scratch)
        case .location:
            let location = ICalText.text(value, trimmed: true, scratch: &scratch)
            event?.location = location.isEmpty ? nil : shared(location)
        case .categories:
            for category in ICalText.list(value, scratch: &scratch) { event?.categories.append(shared(category)) }
        case .url:
            let url = ICalText.string(value, trimmed: true)
            event?.url = url.isEmpty ? nil : url
        case .status: event?.cancelled = Self.saysCancelled(value)
        case .organizer, .attendee:
            if let name = parameter?.trimmingSpaces, !name.isEmpty { event?.people.append(shared(name)) }
        case .dtstart: event?.start = time(name, value: value, zoneParameter: parameter, line: line)
        case .dtend: event?.end = time(name, value: value, zoneParameter: parameter, line: line)
        case .duration:
            let text = String(decoding: value, as: UTF8.self)
            if let seconds = ICalDuration.seconds(text.trimmingSpaces) {
                event?.duration = seconds
            } else {
                warn(line, "DURATION \"\(text)\" is not an RFC 5545 duration; ignored")
            }
        default: break
        }
    }

    /// Names that recur from event to event (people, rooms, tracks), each kept once.
    private var sharedNames: Set<String> = []

    /// `text`, or an equal string met before: one copy of a name however many events carry
    /// it. Strings short enough to be stored inline (15 UTF-8 bytes) are returned as they are.
    private mutating func shared(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        if sharedNames.count < 50_000 { return sharedNames.insert(text).memberAfterInsert }
        if let earlier = sharedNames.firstIndex(of: text) { return sharedNames[earlier] }
        return text
    }

    /// STATUS:CANCELLED in any case, spaces around it allowed.
    private static func saysCancelled(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        ICalText.string(value, trimmed: true).uppercased() == "CANCELLED"
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

    private mutating func time(_ name: ICalPropertyName, value: UnsafeBufferPointer<UInt8>, zoneParameter: String?,
                               line: Int) -> RawTime? {
        guard let parsed = ICalTimeValue(utf8: ICalText.trimmed(value)) else {
            let text = ICalText.string(value, trimmed: true)
            warn(line, "\(name.text) \"\(text)\" is not an RFC 5545 date or date-time; ignored")
            return nil
        }
        let zoneName = zoneParameter?.trimmingSpaces
        return RawTime(value: parsed, zoneName: zoneName?.isEmpty == false ? zoneName : nil, line: line)
    }

    // MARK: - Times

    private mutating func resolve(_ raw: RawEvent, resolver: ZoneResolver) -> ItemDraft? {
        resolving = true
        defer { resolving = false }
        guard let start = raw.start else {
            warn(raw.line, "VEVENT \(raw.summary.isEmpty ? "" : "\"\(raw.summary)\" ")has no valid DTSTART; skipped")
            return nil
        }
        let startZone = zone(of: start, resolver: resolver)
        var timing: ItemTiming
        switch (start.value, startZone) {
        case (.utc(let seconds), _):
            timing = .instant(start: seconds, end: nil, zoneID: nil, utcOffset: 0)
        case (.local(let wall), let number?):
            let (utc, offset) = instant(ofWall: wall, inZone: number, line: start.line)
            timing = .instant(start: utc, end: nil, zoneID: resolvedZones.resolutions[number].ianaName, utcOffset: offset)
        case (.local(let wall), nil):
            timing = .floating(start: wall, end: nil)
        case (.date(let days), _):
            timing = .floating(start: days * 86_400, end: nil)
        }

        let endValue: Int?
        if let end = raw.end {
            endValue = endSeconds(end, timing: timing, resolver: resolver)
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
        /// The zone's number in `resolvedZones`.
        var zone: Int
        var wall: Int
    }

    /// The TZIDs resolved in this pass, numbered in order; the last one used is checked first
    /// (a file's events mostly share one zone).
    private struct ResolvedZones {
        private var numbers: [String: Int] = [:]
        private(set) var resolutions: [ZoneResolver.Resolution] = []
        private var last: (name: String, number: Int)?

        mutating func number(of name: String) -> Int? {
            if let last, last.name == name { return last.number }
            guard let number = numbers[name] else { return nil }
            last = (name, number)
            return number
        }

        mutating func add(_ resolution: ZoneResolver.Resolution, for name: String) -> Int {
            let number = resolutions.count
            resolutions.append(resolution)
            numbers[name] = number
            last = (name, number)
            return number
        }
    }

    private var resolvedZones = ResolvedZones()

    /// Wall clocks already resolved, per zone: schedules repeat their slot times in every room.
    private var resolvedWalls: [WallKey: (utc: Int, offset: Int)] = [:]

    /// The instant and offset of `wall` in `resolution`'s zone; the first time a zone shadowed by
    /// a disagreeing VTIMEZONE is used at such a time, a warning.
    private mutating func instant(ofWall wall: Int, inZone number: Int, line: Int) -> (Int, Int) {
        let key = WallKey(zone: number, wall: wall)
        if let known = resolvedWalls[key] { return known }
        let resolution = resolvedZones.resolutions[number]
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
    /// Every TZID an event of this pass looked up (a VTIMEZONE defining one later stops a
    /// streaming pass).
    private var lookedUpZoneNames: Set<String> = []
    /// True while an event is being resolved: its warnings follow those of reading the file.
    private var resolving = false

    private func startSeconds(_ timing: ItemTiming) -> Int { timing.startSeconds ?? 0 }

    /// The end in the same terms as the start: UTC seconds for an instant, wall seconds for a
    /// floating start (an end in another kind is converted, or read in the start's zone).
    private mutating func endSeconds(_ end: RawTime, timing: ItemTiming, resolver: ZoneResolver) -> Int? {
        switch (timing, end.value) {
        case (.instant, .utc(let seconds)): return seconds
        case (.instant(let start, _, _, let offset), .local(let wall)):
            if end.zoneName != nil, let number = zone(of: end, resolver: resolver) {
                return instant(ofWall: wall, inZone: number, line: end.line).0
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

    /// The number in `resolvedZones` of the zone `time`'s TZID names, resolved the first time;
    /// nil for a time without TZID or one that names no zone (a warning, once).
    private mutating func zone(of time: RawTime, resolver: ZoneResolver) -> Int? {
        guard let name = time.zoneName, case .local = time.value else { return nil }
        if let number = resolvedZones.number(of: name) { return number }
        lookedUpZoneNames.insert(name)
        guard let resolution = resolver.resolve(name) else {
            if !reportedUnknownZones.contains(name) {
                reportedUnknownZones.insert(name)
                warn(time.line, "TZID \"\(name)\" is neither an IANA zone, a VTIMEZONE of this file nor a known Windows zone; its times are kept as floating wall-clock times")
            }
            return nil
        }
        return resolvedZones.add(resolution, for: name)
    }

    private mutating func warn(_ line: Int?, _ message: String) {
        let diagnostic = Diagnostic(.warning, file: file, line: line, message)
        if resolving { resolveDiagnostics.append(diagnostic) } else { readDiagnostics.append(diagnostic) }
    }
}

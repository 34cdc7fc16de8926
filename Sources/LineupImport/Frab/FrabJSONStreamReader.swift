import LineupModel

/// Reads frab/pretalx schedule JSON into a `FrabScheduleBuilder` without a tree of the whole
/// file: the outer levels (the root, `schedule`, `conference`, `days`, each day's `rooms`, the
/// event lists) are walked key by key, and each event becomes a small `JSONNode` tree of its
/// own, read by `FrabJSONReader.event` and dropped. The builder settles on the conference's
/// header when its `days` begin, and each day's events become items when the day ends (its
/// date may follow its rooms), so the events are never all held at once. When a header key
/// (title, acronym, zone, day change) comes after the days, the file is read again with
/// every event kept until the end. The text comes from a `ByteSource` in pieces: the window
/// of the `JSONTreeReader` is emptied between the members and elements of the levels walked
/// here (`discardRead`), so it holds about a piece and the value being read. Peak memory is the
/// items, one day's events and that window, not the file.
///
/// It reads what `FrabJSONReader` describes, by the same rules as `JSONTreeReader.read`
/// (keys repeated in an object: the first one counts; the whole text must be valid JSON), and
/// gives its diagnostics in file order by level: each day's date, then its rooms' events, then
/// the flat `events`. Nil when the bytes are not JSON, or JSON of another shape.
struct FrabJSONStreamReader {
    /// `builder` (a new one) with the file's days and events, the reading diagnostics, and the
    /// lines of bare `NaN`/`Infinity` values.
    /// Each pass reads `source` from its start; when the source fails, nil (see `ByteSource.failure`).
    static func read(_ source: ByteSource, path: String, into builder: FrabScheduleBuilder)
        -> (builder: FrabScheduleBuilder, diagnostics: [Diagnostic], nonFiniteLines: [Int])?
    {
        var streamed = builder
        // A frab JSON event takes 500 bytes or more: room for the items is taken once.
        streamed.reserveCapacity(source.expectedSize / 512)
        var reader = FrabJSONStreamReader(json: JSONTreeReader(source), path: path, builder: streamed, streaming: true)
        guard (try? reader.readRoot()) == true, source.failure == nil else { return nil }
        if reader.lateHeader {
            reader = FrabJSONStreamReader(json: JSONTreeReader(source), path: path, builder: builder, streaming: false)
            guard (try? reader.readRoot()) == true, source.failure == nil else { return nil }
        }
        return (reader.builder, reader.diagnostics + reader.flatDiagnostics, reader.json.nonFiniteLines)
    }

    private var json: JSONTreeReader
    private let path: String
    /// Gets the header, the days and the events; `document` is its header and days.
    private var builder: FrabScheduleBuilder
    private var document: FrabDocument {
        get { builder.document }
        _modify { yield &builder.document }
    }
    /// Whether the builder settles when the days begin (else it settles at the end).
    private let streaming: Bool
    /// Set when, streaming, a header key came after the days had begun: read again without.
    private var lateHeader = false
    private var daysBegun = false
    /// Warnings of the days and their events, in order.
    private var diagnostics: [Diagnostic] = []
    /// The flat `events` list (schedule2) and its warnings, put after the days' whatever the
    /// order of the keys.
    private var flatEvents: [FrabEvent] = []
    private var flatDiagnostics: [Diagnostic] = []
    /// Each day's room names as its `rooms` object lists them, ordered once the conference's
    /// own room list (which may come later) is known.
    private var dayRoomKeys: [[String]] = []

    private init(json: JSONTreeReader, path: String, builder: FrabScheduleBuilder, streaming: Bool) {
        self.json = json
        self.path = path
        self.builder = builder
        self.streaming = streaming
    }

    // MARK: Levels

    /// True when the root is an object whose `schedule` holds a `conference` object and either
    /// `conference.days` or `schedule.events` is a list.
    private mutating func readRoot() throws(JSONTreeError) -> Bool {
        json.skipSpace()
        guard json.next == UInt8(ascii: "{") else {
            _ = try json.value(depth: 0)
            return false
        }
        var shape: (conference: Bool, lists: Bool)?
        try members(depth: 0) { (reader: inout FrabJSONStreamReader, key: String, first: Bool) throws(JSONTreeError) in
            if key == "schedule", first, reader.json.next == UInt8(ascii: "{") {
                shape = try reader.readSchedule()
            } else {
                _ = try reader.json.value(depth: 1)
            }
        }
        json.skipSpace()
        guard json.atEnd else { throw json.error("unexpected text after the JSON value") }
        guard let shape, shape.conference, shape.lists else { return false }
        for event in flatEvents { builder.add(event) }
        flatEvents = []
        return true
    }

    /// The schedule object (depth 1): whether it holds a conference object, and whether
    /// `conference.days` or `events` is a list.
    private mutating func readSchedule() throws(JSONTreeError) -> (conference: Bool, lists: Bool) {
        var conference = false, days = false, events = false
        try members(depth: 1) { (reader: inout FrabJSONStreamReader, key: String, first: Bool) throws(JSONTreeError) in
            switch key {
            case "conference" where first && reader.json.next == UInt8(ascii: "{"):
                conference = true
                days = try reader.readConference()
            case "events" where first && reader.json.next == UInt8(ascii: "["):
                events = true
                try reader.elements(depth: 2) { (reader: inout FrabJSONStreamReader) throws(JSONTreeError) in
                    let node = try reader.json.value(depth: 3)
                    if let event = FrabJSONReader.event(node, path: reader.path, diagnostics: &reader.flatDiagnostics) {
                        reader.flatEvents.append(event)
                    }
                }
            default:
                _ = try reader.json.value(depth: 2)
            }
        }
        return (conference, days || events)
    }

    /// The conference object (depth 2); true when its `days` is a list.
    private mutating func readConference() throws(JSONTreeError) -> Bool {
        var days = false
        var listedRooms: [String] = []
        try members(depth: 2) { (reader: inout FrabJSONStreamReader, key: String, first: Bool) throws(JSONTreeError) in
            if key == "days", first, reader.json.next == UInt8(ascii: "[") {
                days = true
                reader.daysBegun = true
                if reader.streaming { reader.builder.settle() }
                try reader.elements(depth: 3) { (reader: inout FrabJSONStreamReader) throws(JSONTreeError) in try reader.readDay() }
                return
            }
            let node = try reader.json.value(depth: 3)
            guard first else { return }
            if reader.daysBegun, reader.streaming, node.text != nil,
               ["title", "acronym", "time_zone_name", "day_change"].contains(key) {
                reader.lateHeader = true
            }
            switch key {
            case "title": reader.document.title = node.text
            case "acronym": reader.document.acronym = node.text
            case "time_zone_name": reader.document.timeZoneName = node.text
            case "day_change": reader.document.dayChange = node.text
            case "rooms": listedRooms = (node.elements ?? []).compactMap { $0["name"]?.text ?? $0.text }
            default: break
            }
        }
        // The day lists its rooms in the conference's room order where it gives one.
        for (index, keys) in dayRoomKeys.enumerated() where document.days.indices.contains(index) {
            document.days[index].rooms = listedRooms.isEmpty ? keys
                : keys.sorted { (listedRooms.firstIndex(of: $0) ?? Int.max) < (listedRooms.firstIndex(of: $1) ?? Int.max) }
        }
        return days
    }

    /// One element of `days` (depth 4): a day, whatever it holds; its events go to the document.
    private mutating func readDay() throws(JSONTreeError) {
        let line = json.line
        var day = FrabDay(line: line)
        let dayIndex = document.days.count
        var roomKeys: [String] = []
        var roomDiagnostics: [Diagnostic] = []
        var events: [FrabEvent] = []
        var fields: [String: JSONNode] = [:]
        if json.next == UInt8(ascii: "{") {
            try members(depth: 4) { (reader: inout FrabJSONStreamReader, key: String, first: Bool) throws(JSONTreeError) in
                if key == "rooms", first, reader.json.next == UInt8(ascii: "{") {
                    try reader.members(depth: 5) { (reader: inout FrabJSONStreamReader, room: String, _: Bool) throws(JSONTreeError) in
                        roomKeys.append(room)
                        try reader.readRoom(room, day: dayIndex, into: &events, diagnostics: &roomDiagnostics)
                    }
                    return
                }
                let node = try reader.json.value(depth: 5)
                if first, ["date", "day_start", "start", "day_end", "end"].contains(key) { fields[key] = node }
            }
        } else {
            _ = try json.value(depth: 4)
        }
        day.date = fields["date"]?.text.flatMap { LocalDate(iso: String($0.prefix(10))) }
        day.start = fields["day_start"]?.text ?? fields["start"]?.text
        day.end = fields["day_end"]?.text ?? fields["end"]?.text
        if let date = fields["date"], day.date == nil {
            diagnostics.append(Diagnostic(.warning, file: path, line: line,
                                          "day \"\(date.string ?? "")\" is not a date (YYYY-MM-DD)"))
        }
        diagnostics += roomDiagnostics
        builder.addDay(day)
        dayRoomKeys.append(roomKeys)
        for index in events.indices {
            let event = events[index]
            events[index] = FrabEvent(line: 0)
            builder.add(event)
        }
    }

    /// One room's event list (depth 6) of day `day`, appended to `events`.
    private mutating func readRoom(_ room: String, day: Int, into events: inout [FrabEvent],
                                   diagnostics: inout [Diagnostic]) throws(JSONTreeError) {
        guard json.next == UInt8(ascii: "[") else {
            let node = try json.value(depth: 6)
            if !node.isNull {
                diagnostics.append(Diagnostic(.warning, file: path, line: node.line,
                                              "room \"\(room)\" holds no list of events; skipped"))
            }
            return
        }
        try elements(depth: 6) { (reader: inout FrabJSONStreamReader) throws(JSONTreeError) in
            var event: FrabEvent
            if reader.json.next == UInt8(ascii: "{") {
                // Member by member into the fields, with no tree of the object.
                let line = reader.json.line
                var fields = FrabJSONReader.EventFields()
                try reader.members(depth: 7, notingRepeats: false) {
                    (reader: inout FrabJSONStreamReader, key: String, _: Bool) throws(JSONTreeError) in
                    fields.take(key, try reader.json.value(depth: 8))
                }
                event = FrabJSONReader.event(fields, line: line)
            } else {
                // Not an object: skipped, with a warning.
                _ = FrabJSONReader.event(try reader.json.value(depth: 7), path: reader.path, diagnostics: &diagnostics)
                return
            }
            event.day = day
            event.roomWrapper = room
            events.append(event)
        }
    }

    // MARK: Containers

    /// Walks the object at the reader (its "{" next; the object `depth` levels down), calling
    /// `member` with each key, positioned at its value, which `member` must read; `first` is
    /// false for a key the object already had (always true without `notingRepeats`).
    private mutating func members(
        depth: Int, notingRepeats: Bool = true, _ member: (inout FrabJSONStreamReader, String, Bool) throws(JSONTreeError) -> Void
    ) throws(JSONTreeError) {
        guard depth < JSONTreeReader.maximumDepth, json.take(UInt8(ascii: "{")) else { throw json.error("expected an object") }
        json.skipSpace()
        if json.take(UInt8(ascii: "}")) { return }
        var seen = Set<String>()
        while true {
            json.discardRead()
            let key = try json.key()
            try member(&self, key, !notingRepeats || seen.insert(key).inserted)
            json.skipSpace()
            if json.take(UInt8(ascii: ",")) { continue }
            if json.take(UInt8(ascii: "}")) { return }
            throw json.error(json.atEnd ? "the JSON text ends inside an object" : "expected \",\" or \"}\" in an object")
        }
    }

    /// Walks the array at the reader (its "[" next), calling `element` positioned at each
    /// element, which `element` must read.
    private mutating func elements(
        depth: Int, _ element: (inout FrabJSONStreamReader) throws(JSONTreeError) -> Void
    ) throws(JSONTreeError) {
        guard depth < JSONTreeReader.maximumDepth, json.take(UInt8(ascii: "[")) else { throw json.error("expected an array") }
        json.skipSpace()
        if json.take(UInt8(ascii: "]")) { return }
        while true {
            json.skipSpace()
            json.discardRead()
            try element(&self)
            json.skipSpace()
            if json.take(UInt8(ascii: ",")) { continue }
            if json.take(UInt8(ascii: "]")) { return }
            throw json.error(json.atEnd ? "the JSON text ends inside an array" : "expected \",\" or \"]\" in an array")
        }
    }
}

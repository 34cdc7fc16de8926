import Foundation
import LineupModel

/// A small schedule in the shape the frab parsers produce from FOSDEM's file: no sessions but
/// one `.room` session per (day, room), in the order the file lists rooms; floating times;
/// tracks, languages, people, links and attachments. Room J.1.106 holds one track (Open
/// Source Design); H.1308 holds two (Rust, then a Security talk); Sunday's K.1.105 holds a
/// cancelled talk. Plus an ICML-style day with an ordinary session, which `v` leaves alone.
enum HandBuiltFrabSchedule {
    static let saturday = LocalDate(year: 2024, month: 2, day: 3)!
    static let sunday = LocalDate(year: 2024, month: 2, day: 4)!
    static let turtleID = TalkID.derive(["fosdem", "2779"])

    static func at(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }

    static func talk(_ id: String, _ title: String, _ people: [String], kind: String = "talk", _ start: String, _ end: String,
                     room: String, day: LocalDate, track: String?, subtitle: String? = nil, language: String? = "en",
                     abstract: String = "", description: String = "", url: String? = nil, resources: [TalkLink] = [],
                     status: TalkStatus = .scheduled) -> Talk {
        Talk(id: id == "2779" ? turtleID : TalkID.derive(["fosdem", id]), title: title, authors: people,
             kind: TalkKind(name: kind), day: day, sessionID: roomID(room, day), session: room, room: room,
             abstract: abstract, source: "fosdem2024.xml", floatingStart: at(start), floatingEnd: at(end),
             subtitle: subtitle, track: track, language: language, description: description, url: url,
             resources: resources, sourceID: id, status: status)
    }

    static func roomID(_ room: String, _ day: LocalDate) -> SessionID { SessionID.derive(["fosdem", room, day.iso]) }

    static func roomSession(_ room: String, _ day: LocalDate, _ talks: [Talk]) -> Session {
        Session(id: roomID(room, day), kind: .room, title: room, room: room, source: "fosdem2024.xml",
                conference: "FOSDEM 2024", day: day, talkIDs: talks.map(\.id),
                floatingStart: talks.compactMap(\.floatingStart).min(), floatingEnd: talks.compactMap(\.floatingEnd).max())
    }

    static let turtle = talk(
        "2779", "Creative Coding with TurtleStitch", ["Pauline Maas"], "2024-02-03T10:30", "2024-02-03T11:30",
        room: "J.1.106", day: saturday, track: "Open Source Design", subtitle: "Embroidery from code",
        abstract: "TurtleStitch turns code into embroidery.",
        description: "Bring a laptop; we will stitch a pattern together.",
        url: "https://fosdem.org/2024/schedule/event/turtlestitch/",
        resources: [TalkLink(url: "https://www.turtlestitch.org/", title: "TurtleStitch"),
                    TalkLink(url: "https://fosdem.org/2024/slides/turtle.pdf", title: "Slides", kind: .attachment)])
    static let penpot = talk(
        "2780", "Penpot 2.0", ["Pablo Ruiz-Múzquiz", "Elena Torró"], "2024-02-03T11:30", "2024-02-03T12:00",
        room: "J.1.106", day: saturday, track: "Open Source Design")
    static let rust = talk(
        "1797", "Rust for Linux", ["Miguel Ojeda"], "2024-02-03T14:00", "2024-02-03T14:45",
        room: "H.1308", day: saturday, track: "Rust")
    static let sandbox = talk(
        "1801", "Sandboxing with seccomp", ["Ana Müller"], kind: "lightning talk", "2024-02-03T13:00", "2024-02-03T13:15",
        room: "H.1308", day: saturday, track: "Security", language: "de")
    static let keynote = talk(
        "1900", "Closing FOSDEM", ["FOSDEM Staff"], kind: "keynote", "2024-02-04T17:00", "2024-02-04T17:15",
        room: "Janson", day: sunday, track: "Keynotes")
    static let cancelled = talk(
        "1950", "Cancelled: the talk that was not", ["Nobody"], "2024-02-04T10:00", "2024-02-04T10:30",
        room: "K.1.105", day: sunday, track: "Keynotes", status: .cancelled)

    static func make() -> Schedule {
        let fosdem = ScheduleFragment(
            source: Source(fileName: "fosdem2024.xml", name: "FOSDEM 2024", format: .frabXML, acronym: "fosdem2024"),
            sessions: [
                roomSession("J.1.106", saturday, [turtle, penpot]),
                // Listed by start: the security talk at 13:00 comes before Rust at 14:00.
                roomSession("H.1308", saturday, [sandbox, rust]),
                roomSession("Janson", sunday, [keynote]),
                roomSession("K.1.105", sunday, [cancelled]),
            ],
            talks: [turtle, penpot, sandbox, rust, keynote, cancelled])
        return Schedule.assemble([fosdem]).schedule
    }
}

import Foundation
import LineupAgenda
import LineupModel

/// One agenda that exercises every export path: a clash, a free gap, a talk on another day
/// and conference, a paper to read, a missing bookmark, and hostile or awkward text.
enum ExportFixture {
    static let now = instant("2024-05-01T09:30:00Z")

    static var monarch: Talk {
        var monarch = talk("t-monarch", title: "Monarch: *Expressive*, \u{1B}]0;pwned\u{7}Structured", startUTC: "2022-07-19T18:00:00Z",
                           kind: .oral, authors: ["Tri Dao", "Beidi Chen"], links: ["https://github.com/HazyResearch/monarch"])
        monarch.awards = ["Outstanding Paper Runner Up"]
        return monarch
    }

    static let spotlight = talk("t-spot", title: "A clashing spotlight", startUTC: "2022-07-19T18:10:00Z", room: nil)
    static let evening = talk("t-evening", title: "After the break", startUTC: "2022-07-19T19:30:00Z")
    static let qa = talk("t-qa", title: "Q&A", startUTC: "2021-07-23T01:00:00Z", minutes: 10, kind: .qa, room: nil)
    static let pointer = paper("t-pointer", title: "Pointer, \"Networks\"\nsecond line")
    static let gone = Bookmark(id: "t-gone", title: "A talk no longer loaded", start: instant("2021-07-23T00:00:00Z"),
                               added: now, note: nil)

    static var agenda: Agenda {
        Agenda(entries: [AgendaEntry(talk: monarch, note: "front row"), AgendaEntry(talk: spotlight),
                         AgendaEntry(talk: evening), AgendaEntry(talk: qa), AgendaEntry(talk: pointer)],
               missing: [gone])
    }
}

import Foundation
import LineupModel

/// A small schedule built by hand in the shape the importer produces from the seeds: the
/// ICML 2022 "DL: Algorithms" session (Monarch with its award), a session with a CJK title
/// and a very long one, and a Daily Papers listing. For tests that must not depend on the
/// importer.
enum HandBuiltSchedule {
    static let pdt = -7 * 3600
    static let monarchID = TalkID.derive(["monarch"])

    static func instant(_ text: String) -> Date { ISOInstant.parse(text)! }

    static func make() -> Schedule {
        let dl = SessionID.derive(["dl-algorithms"])
        let apps = SessionID.derive(["applications"])
        let listing = SessionID.derive(["daily-dec-8"])
        let source = Source(fileName: "dl.txt", name: "ICML 2022", format: .sessionPage, year: 2022)
        let day1 = LocalDate(year: 2022, month: 7, day: 19)!
        let day2 = LocalDate(year: 2022, month: 7, day: 21)!

        func slot(_ id: String, _ title: String, _ authors: [String], _ kind: TalkKind, _ start: String, _ end: String,
                  session: SessionID, sessionTitle: String, room: String, day: LocalDate, awards: [String] = [],
                  abstract: String = "") -> Talk {
            Talk(id: id == "monarch" ? monarchID : TalkID.derive([id]), title: title, authors: authors, kind: kind,
                 awards: awards, start: instant(start), end: instant(end), timeZoneID: "America/Los_Angeles",
                 utcOffset: pdt, day: day, sessionID: session, session: sessionTitle, room: room,
                 moderator: "Daniel Y Fu", abstract: abstract, source: "dl.txt")
        }
        let dlTalks = [
            slot("ocm", "Online Continual Learning through Mutual Information Maximization",
                 ["Yiduo Guo", "Bing Liu", "Dongyan Zhao"], .spotlight, "2022-07-19T17:30:00Z", "2022-07-19T17:35:00Z",
                 session: dl, sessionTitle: "DL: Algorithms", room: "Ballroom 1 & 2", day: day1,
                 abstract: "This paper proposed a new online continual learning approach called OCMM."),
            slot("monarch", "Monarch: Expressive Structured Matrices for Efficient and Accurate Training",
                 ["Tri Dao", "Beidi Chen", "Nimit Sohoni", "Arjun Desai", "Michael Poli"], .oral,
                 "2022-07-19T18:00:00Z", "2022-07-19T18:20:00Z", session: dl, sessionTitle: "DL: Algorithms",
                 room: "Ballroom 1 & 2", day: day1, awards: ["Outstanding Paper Runner Up"],
                 abstract: "Large neural networks excel in many domains, but they are expensive to train and fine-tune. We propose a class of matrices (Monarch) that is hardware-efficient."),
            slot("cjk", "深度学习的高效训练方法：结构化矩阵与稀疏注意力机制的统一框架研究",
                 ["田中太郎", "김철수"], .spotlight, "2022-07-19T18:20:00Z", "2022-07-19T18:25:00Z",
                 session: dl, sessionTitle: "DL: Algorithms", room: "Ballroom 1 & 2", day: day1),
        ]
        let appTalks = [
            slot("long", "A Very Long Title About Learning Representations That Keeps Going Well Past The Width Of Any Reasonable Pane In A Terminal Window",
                 ["Ada Lovelace"], .oral, "2022-07-21T17:30:00Z", "2022-07-21T17:50:00Z",
                 session: apps, sessionTitle: "Applications/Optimization", room: "Hall G", day: day2),
        ]
        let paper = Talk(id: TalkID.derive(["alignprop"]), title: "Aligning Text-to-Image Diffusion Models with Reward Backpropagation",
                         authorCount: 4, kind: .paper, day: LocalDate(year: 2025, month: 12, day: 8)!, sessionID: listing,
                         session: "Daily Papers", abstract: "We propose AlignProp.", links: ["https://align-prop.github.io/"],
                         source: "daily.txt", published: LocalDate(year: 2023, month: 10, day: 5)!, upvotes: 4)
        let fragments = [
            ScheduleFragment(source: source, sessions: [
                Session(id: dl, kind: .slots, title: "DL: Algorithms", room: "Ballroom 1 & 2", moderator: "Daniel Y Fu",
                        source: "dl.txt", conference: "ICML 2022", day: day1, timeZoneID: "America/Los_Angeles",
                        utcOffset: pdt, start: instant("2022-07-19T17:30:00Z"), end: instant("2022-07-19T18:25:00Z"),
                        talkIDs: dlTalks.map(\.id)),
                Session(id: apps, kind: .slots, title: "Applications/Optimization", room: "Hall G",
                        source: "dl.txt", conference: "ICML 2022", day: day2, timeZoneID: "America/Los_Angeles",
                        utcOffset: pdt, start: instant("2022-07-21T17:30:00Z"), end: instant("2022-07-21T17:50:00Z"),
                        talkIDs: appTalks.map(\.id)),
            ], talks: dlTalks + appTalks),
            ScheduleFragment(source: Source(fileName: "daily.txt", name: "Hugging Face Daily Papers", format: .dailyPapers),
                             sessions: [Session(id: listing, kind: .listing, title: "Daily Papers", source: "daily.txt",
                                                conference: "Hugging Face Daily Papers", day: LocalDate(year: 2025, month: 12, day: 8)!,
                                                talkIDs: [paper.id])],
                             talks: [paper]),
        ]
        return Schedule.assemble(fragments).schedule
    }
}

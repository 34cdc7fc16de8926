import Foundation
import LineupModel
import Testing

@Suite("Assembling fragments: repeats, order, and items listed in more than one place")
struct ScheduleAssemblyTests {
    static let day = LocalDate(year: 2022, month: 7, day: 19)!

    static func talk(_ title: String, in session: Session, kind: TalkKind = .spotlight, line: Int = 1) -> Talk {
        Talk(id: TalkID.derive([session.id.rawValue, title]), title: title, kind: kind,
             sessionID: session.id, session: session.title, source: session.source, line: line)
    }

    static func session(_ title: String, start: Double, source: String? = nil) -> Session {
        Session(id: SessionID.derive([title]), kind: .slots, title: title, source: source ?? "\(title).txt",
                conference: "Conf", day: day, start: Date(timeIntervalSince1970: start))
    }

    static func fragment(_ session: Session, _ talks: [Talk], listing ids: [TalkID]? = nil) -> ScheduleFragment {
        var session = session
        session.talkIDs = ids ?? talks.map(\.id)
        return ScheduleFragment(source: Source(fileName: session.source, name: "Conf", format: .sessionPage),
                                sessions: [session], talks: talks)
    }

    @Test("A repeated id keeps the first item in load order, in the first session by time that lists it")
    func repeatedIdKeepsTheFirstItem() {
        let late = Self.session("Late", start: 2000), early = Self.session("Early", start: 1000)
        let original = Self.talk("Shared", in: late, line: 7)
        var copy = original
        copy.title = "Shared (copy)"
        copy.source = early.source
        copy.line = 3
        let (schedule, diagnostics) = Schedule.assemble([Self.fragment(late, [original]), Self.fragment(early, [copy])])
        #expect(schedule.talks.count == 1)
        #expect(schedule.talks.first?.title == "Shared")
        #expect(schedule.sessions.map(\.title) == ["Early", "Late"])
        #expect(schedule.sessions.map(\.talkIDs.count) == [1, 0])
        #expect(diagnostics.map(\.message) == ["\"Shared (copy)\" repeats Late.txt:7; the first is kept"])
        #expect(diagnostics.first?.line == 3)
        #expect(schedule.position(of: original.id) == 0)
    }

    @Test("A session's own order is kept even when its page lists the items in another order")
    func sessionOrderWins() {
        let session = Self.session("S", start: 0)
        let a = Self.talk("a", in: session), b = Self.talk("b", in: session), c = Self.talk("c", in: session)
        let schedule = Schedule.assemble([Self.fragment(session, [a, b, c], listing: [c.id, a.id, b.id])]).schedule
        #expect(schedule.talks.map(\.title) == ["c", "a", "b"])
        #expect(schedule.talks.indices.allSatisfy { schedule.position(of: schedule.talks[$0].id) == $0 })
    }

    @Test("Ids a session lists but no fragment holds, and items no session lists, are left out")
    func unlistedAndUnknownIdsAreLeftOut() {
        let session = Self.session("S", start: 0)
        let a = Self.talk("a", in: session), stray = Self.talk("stray", in: session)
        let unknown = TalkID("t00000000000000aa")
        let schedule = Schedule.assemble([Self.fragment(session, [a, stray], listing: [unknown, a.id, a.id])]).schedule
        #expect(schedule.talks.map(\.title) == ["a"])
        #expect(schedule.sessions.first?.talkIDs == [a.id])
        #expect(schedule.talk(stray.id) == nil)
        #expect(schedule.position(of: unknown) == nil)
    }

    @Test("Titles equal once normalised are linked across sessions, not within one, and Q&A never")
    func repeatedTitlesAreLinked() {
        let one = Self.session("One", start: 0), two = Self.session("Two", start: 100)
        let first = Self.talk("Élan  Vital", in: one), sameSession = Self.talk("élan vital", in: one)
        let other = Self.talk("ÉLAN VITAL\t", in: two), near = Self.talk("Elan Vital", in: two)
        let qa1 = Self.talk("Q&A", in: one, kind: .qa), qa2 = Self.talk("Q&A", in: two, kind: .qa)
        let schedule = Schedule.assemble([Self.fragment(one, [first, sameSession, qa1]),
                                          Self.fragment(two, [other, near, qa2])]).schedule
        func links(_ talk: Talk) -> [TalkID]? { schedule.talk(talk.id)?.alsoListedIn }
        #expect(links(first) == [other.id])
        #expect(links(sameSession) == [other.id])
        #expect(links(other) == [first.id, sameSession.id])
        #expect(links(near) == [])
        #expect(links(qa1) == [])
        #expect(links(qa2) == [])
    }

    @Test("Items changed after parsing are linked by their new titles")
    func changedItemsAreLinkedByTheirNewTitles() {
        let one = Self.session("One", start: 0), two = Self.session("Two", start: 100)
        let left = Self.fragment(one, [Self.talk("Pointer Networks", in: one)])
        var right = Self.fragment(two, [Self.talk("Other", in: two)])
        right.talks[0].title = "pointer networks"
        let schedule = Schedule.assemble([left, right]).schedule
        #expect(schedule.talks.map(\.alsoListedIn.count) == [1, 1])
    }
}

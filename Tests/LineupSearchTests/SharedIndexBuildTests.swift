import Foundation
import LineupModel
@testable import LineupSearch
import Testing

/// An index built on two threads (`SearchIndex(schedule:cores:)`, `SharedBuild`) must be the
/// index one thread builds with one word builder: the same columns, word numbers and lists.
@Suite struct SharedIndexBuildTests {
    /// The random corpus as a schedule, with markup in some abstracts (so their display form
    /// differs from the abstract as written and the column keeps recipes).
    static func schedule(_ count: Int, seed: UInt64) -> Schedule {
        let session = SessionID("s")
        let talks = RandomCorpus.talks(count, seed: seed).enumerated().map { position, fake in
            let abstract = position % 3 == 0 ? "\\textbf{\(fake.abstract)} \\& 50\\% $x$" : fake.abstract
            return Talk(id: TalkID("t\(position)"), title: fake.title, authors: fake.authors, kind: .oral,
                        awards: fake.award.map { [$0] } ?? [], day: fake.day, sessionID: session,
                        session: fake.session, room: fake.room, abstract: abstract, source: "fake.txt",
                        track: fake.track, language: fake.language, sourceID: fake.sourceID)
        }
        let fragment = ScheduleFragment(
            source: Source(fileName: "fake.txt", name: "Fake Conference", format: .sessionPage),
            sessions: [Session(id: session, kind: .listing, title: "All", source: "fake.txt", conference: "Fake Conference",
                               talkIDs: talks.map(\.id))],
            talks: talks)
        return Schedule.assemble([fragment]).schedule
    }

    static func expectSame(_ parted: SearchIndex, _ whole: SearchIndex) {
        #expect(parted.count > 0)
        #expect(parted.count == whole.count)
        #expect(parted.ids == whole.ids)
        #expect(parted.title == whole.title)
        #expect(parted.authors == whole.authors)
        #expect(parted.abstract == whole.abstract)
        for (one, other) in zip([parted.session, parted.room, parted.award, parted.source, parted.kind, parted.track,
                                 parted.language, parted.sourceID],
                                [whole.session, whole.room, whole.award, whole.source, whole.kind, whole.track,
                                 whole.language, whole.sourceID]) {
            #expect(one.values == other.values)
            #expect(one.valueOfItem == other.valueOfItem)
        }
        #expect(parted.days == whole.days)
        #expect(parted.startMinutes == whole.startMinutes)
        #expect(parted.slots.starts == whole.slots.starts)
        #expect(parted.slots.zoneOfItem == whole.slots.zoneOfItem)
        #expect(parted.slots.zones == whole.slots.zones)
        #expect(parted.otherKinds == whole.otherKinds)
        #expect(parted.words != nil)
        // Compared whole (their dump would fill the screen): vocabulary, lookup, every list.
        let sameWords = parted.words == whole.words
        #expect(sameWords, "the word index built in parts differs from the one built whole")
    }

    /// One thread, one word builder (the reference) and two threads, on `range`.
    static func builds(_ schedule: Schedule, _ range: Range<Int>) -> (shared: SearchIndex, whole: SearchIndex) {
        (SearchIndex(schedule: schedule, talks: range, strategy: .wordIndex, cores: 2, minimumToShare: 1),
         SearchIndex(schedule: schedule, talks: range, strategy: .wordIndex, cores: 1, minimumToShare: 1))
    }

    @Test("Built on two threads, a word index equals the one built on one")
    func sharedEqualsWhole() throws {
        // 9,000 talks: enough for words to be found dense early (from 4,096 items on).
        let schedule = Self.schedule(9_000, seed: 21)
        let (shared, whole) = Self.builds(schedule, schedule.talks.indices)
        #expect((whole.words?.postings[2].dense.count ?? 0) > 10)
        #expect((whole.words?.postings[0].dense.count ?? 0) > 5)
        Self.expectSame(shared, whole)
        for text in ["sparse atten", "\"graph data", "Müller", "zoë -the"] {
            let query = try Query.parse(text)
            #expect(shared.search(query).ranked() == whole.search(query).ranked())
        }
    }

    @Test("A small schedule and a range of one also build the same on two threads")
    func smallAndRanged() {
        let schedule = Self.schedule(1_000, seed: 5)
        for range in [0..<1_000, 130..<871] {
            let (shared, whole) = Self.builds(schedule, range)
            Self.expectSame(shared, whole)
            #expect(shared.position(of: schedule.talks[range.lowerBound + 5].id) == 5)
        }
    }
}

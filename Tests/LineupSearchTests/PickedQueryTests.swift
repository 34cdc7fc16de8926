import LineupModel
@testable import LineupSearch
import Testing

/// `picked:NAME` and `is:picked` over friends' picks handed to the search.
@Suite struct PickedQueryTests {
    let talks = [FakeTalk("Sparse attention"), FakeTalk("Dense attention"), FakeTalk("Graph nets")]
    var index: SearchIndex { SearchIndex(items: talks) }
    let picks: [String: Set<TalkID>] = ["ana": [TalkID("Sparse attention"), TalkID("Graph nets")],
                                        "wei": [TalkID("Dense attention"), TalkID("Not loaded")]]

    private func positions(_ text: String, picks: [String: Set<TalkID>]? = nil) throws -> [Int] {
        index.search(try Query.parse(text), picks: picks ?? self.picks).positions
    }

    @Test("picked:NAME keeps that friend's picks, the name compared without regard to case")
    func byName() throws {
        #expect(try positions("picked:ana") == [0, 2])
        #expect(try positions("picked:ANA attention") == [0])
        #expect(try positions("picked:Wei") == [1])
        #expect(try positions("picked:bo").isEmpty)
        #expect(try positions("-picked:ana") == [1])
        #expect(try positions("picked:ana", picks: [:]).isEmpty)
    }

    @Test("is:picked keeps what any friend picked; other is: words are errors that name both")
    func anyFriend() throws {
        #expect(try positions("is:picked") == [0, 1, 2])
        #expect(try positions("is:picked", picks: ["ana": [TalkID("Graph nets")]]) == [2])
        #expect(throws: QueryError.self) { try Query.parse("is:loved") }
        do {
            _ = try Query.parse("is:loved")
        } catch {
            #expect(error.message == "is: knows bookmarked, picked, now, past and upcoming, not 'loved'")
        }
        #expect(try Query.parse("picked:ana").usesPicks)
        #expect(try Query.parse("is:picked").usesPicks)
        #expect(try !Query.parse("is:bookmarked").usesPicks)
    }

    @Test("A search session drops remembered answers of picked: when the picks change")
    func sessionFollowsPicks() throws {
        var session = SearchSession(index: index)
        #expect(try session.search("picked:ana", picks: picks).get().positions == [0, 2])
        #expect(try session.search("picked:ana", picks: ["ana": [TalkID("Dense attention")]]).get().positions == [1])
    }
}

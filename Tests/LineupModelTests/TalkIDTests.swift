import Foundation
@testable import LineupModel
import Testing

@Suite("Talk ids: derived ids in the usual format, any other text kept as written")
struct TalkIDTests {
    @Test("An id in the format reads back as the same text, and derived ids are in the format")
    func canonicalIdsReadBack() {
        #expect(TalkID("te3bc402d367c1a65").rawValue == "te3bc402d367c1a65")
        #expect(TalkID("t0000000000000000").rawValue == "t0000000000000000")
        #expect(TalkID("tffffffffffffffff").rawValue == "tffffffffffffffff")
        let derived = TalkID.derive(["slot", "monarch"])
        #expect(derived == TalkID("te3bc402d367c1a65"))
        #expect(derived.description == "te3bc402d367c1a65")
    }

    @Test("Other texts are kept as given and never equal an id in the format")
    func otherTextsAreKept() {
        for text in ["Pointer Networks", "tE3BC402D367C1A65", "te3bc402d367c1a6", "te3bc402d367c1a650", "", "t-1-2"] {
            #expect(TalkID(text).rawValue == text)
        }
        #expect(TalkID("tE3BC402D367C1A65") != TalkID("te3bc402d367c1a65"))
        #expect(TalkID("Graph Networks") == TalkID("Graph Networks"))
        #expect(TalkID("Graph Networks") != TalkID("Graph networks"))
        #expect(Set([TalkID("a"), TalkID("a"), TalkID("t0123456789abcdef"), TalkID("t0123456789abcdef")]).count == 2)
    }

    @Test("Ids order as their texts do, in and out of the format")
    func orderFollowsTheText() {
        let texts = ["t00000000000000ff", "t0123456789abcdef", "tf000000000000000", "Zeta", "alpha", "t1", "u"]
        #expect(texts.map { TalkID($0) }.sorted().map(\.rawValue) == texts.sorted())
    }

    @Test("Ids go through JSON as their text")
    func jsonRoundTrip() throws {
        let ids = [TalkID("te3bc402d367c1a65"), TalkID("my own id")]
        let data = try JSONEncoder().encode(ids)
        #expect(String(decoding: data, as: UTF8.self) == #"["te3bc402d367c1a65","my own id"]"#)
        #expect(try JSONDecoder().decode([TalkID].self, from: data) == ids)
    }
}

@Suite("Ids derived part by part equal the ids derived from whole strings")
struct TalkIDDeriverTests {
    @Test("Slot ids match TalkID.derive for ASCII, non-ASCII and blank titles")
    func deriverMatchesDerive() {
        let deriver = TalkIDDeriver(leadingParts: ["slot", "dl: algorithms"])
        let starts: [Date?] = [ISOInstant.parse("2022-07-19T18:00:00Z"), Date(timeIntervalSince1970: -1),
                               Date(timeIntervalSince1970: 1_626_998_400.75), nil]
        let titles = ["Monarch: Expressive  Structured Matrices", "  Straße\tNetworks ", "Jérémie's ÉCOLE", "", "\t"]
        for start in starts {
            for title in titles {
                let made = deriver.id(start: start, fallback: "2022-07-19", title: title)
                let startText = start.map(ISOInstant.format) ?? "2022-07-19"
                #expect(made == TalkID.derive(["slot", "dl: algorithms", startText, TalkID.normalisedTitle(title)]))
            }
        }
    }

    @Test("Instants are written the same with and without a string, years 0 to 9999 and beyond")
    func formattedBytesMatchTheString() {
        let seconds: [Double] = [0, -1, 1_658_253_600, -62_167_219_200, -62_167_219_201, 253_402_300_799,
                                 253_402_300_800, 951_782_400, 4_107_542_399.5]
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            let bytes = ISOInstant.withFormatted(date) { Array($0) }
            #expect(String(decoding: bytes, as: UTF8.self) == ISOInstant.format(date))
        }
    }
}

import LineupModel
@testable import LineupSearch
import Testing

/// The fields real schedule formats bring (frab, iCalendar, Sessionize): `track:`, `lang:`,
/// `type:`, `person:` and `id:`, on fakes shaped like FOSDEM and CCC events.
@Suite struct ScheduleFormatFieldTests {
    let items: [FakeTalk] = [
        FakeTalk("Creative Coding with TurtleStitch", authors: ["Pauline Maas"], session: "J.1.106",
                 room: "J.1.106", kind: "talk", day: "2024-02-03", start: "10:30", source: "fosdem2024.xml",
                 track: "Open Source Design", language: "en", sourceID: "2779"),
        FakeTalk("Rust in the Linux kernel", authors: ["Miguel Ojeda", "Wedson Almeida Filho"], session: "H.1308",
                 room: "H.1308", kind: "talk", day: "2024-02-03", start: "11:00", source: "fosdem2024.xml",
                 track: "Rust", language: "en", sourceID: "1797"),
        FakeTalk("Rust lightning round", authors: ["Ana Müller"], session: "H.1308", room: "H.1308",
                 kind: "lightning talk", day: "2024-02-04", start: "12:00", source: "fosdem2024.xml",
                 track: "Rust", language: "English", sourceID: "1798"),
        FakeTalk("Citizenfour", authors: ["Laura Poitras"], session: "Saal 1", room: "Saal 1", kind: "workshop",
                 day: "2014-12-27", start: "0:00", source: "31c3.xml", track: "Ethics, Society & Politics",
                 language: "de", sourceID: "5f3c2b1a-0000-4000-8000-0123456789AB"),
        FakeTalk("No track, no language", session: "Hall G", kind: "oral", source: "icml.txt"),
    ]

    @Test("track: looks in the track only, as text")
    func track() throws {
        #expect(try titles("track:rust", in: items) == ["Rust in the Linux kernel", "Rust lightning round"])
        #expect(try titles("track:\"open source\"", in: items) == ["Creative Coding with TurtleStitch"])
        #expect(try titles("track:society", in: items) == ["Citizenfour"])
        #expect(try titles("track:kernel", in: items).isEmpty, "the title is not the track")
        #expect(try titles("-track:rust", in: items) == ["Creative Coding with TurtleStitch", "Citizenfour", "No track, no language"])
    }

    @Test("Free words find the track too")
    func freeWordsFindTheTrack() throws {
        #expect(try titles("design", in: items) == ["Creative Coding with TurtleStitch"])
        #expect(try titles("politics", in: items) == ["Citizenfour"])
    }

    @Test("lang: keeps the languages that start with the value, case-insensitively")
    func language() throws {
        #expect(try titles("lang:en", in: items) == ["Creative Coding with TurtleStitch", "Rust in the Linux kernel", "Rust lightning round"])
        #expect(try titles("lang:english", in: items) == ["Rust lightning round"])
        #expect(try titles("lang:DE", in: items) == ["Citizenfour"])
        #expect(try titles("lang:fr", in: items).isEmpty)
        #expect(try titles("lang:de|en track:rust", in: items) == ["Rust in the Linux kernel", "Rust lightning round"])
        #expect(try titles("-lang:en", in: items) == ["Citizenfour", "No track, no language"])
    }

    @Test("type: is kind: under the name the formats use")
    func type() throws {
        #expect(try titles("type:workshop", in: items) == ["Citizenfour"])
        #expect(try titles("type:\"lightning talk\"", in: items) == ["Rust lightning round"])
        let talks = try titles("kind:talk", in: items)
        #expect(try titles("type:talk", in: items) == talks)
        #expect(try titles("type:oral|workshop", in: items) == ["Citizenfour", "No track, no language"])
    }

    @Test("person: is author:")
    func person() throws {
        #expect(try titles("person:ojeda", in: items) == ["Rust in the Linux kernel"])
        let authors = try titles("author:muller", in: items)
        #expect(try titles("person:muller", in: items) == authors)
        #expect(try titles("person:\"laura poitras\"", in: items) == ["Citizenfour"])
    }

    @Test("id: matches the source's id whole, case-insensitively")
    func sourceID() throws {
        #expect(try titles("id:1797", in: items) == ["Rust in the Linux kernel"])
        #expect(try titles("id:179", in: items).isEmpty, "a part of an id is not the id")
        #expect(try titles("id:5f3c2b1a-0000-4000-8000-0123456789ab", in: items) == ["Citizenfour"])
        #expect(try titles("id:1797|2779", in: items) == ["Creative Coding with TurtleStitch", "Rust in the Linux kernel"])
    }

    @Test("Items without the field match none of its values and every negation")
    func missingValues() throws {
        let plain = [FakeTalk("Plain", kind: "oral")]
        #expect(try titles("track:a", in: plain).isEmpty)
        #expect(try titles("lang:e", in: plain).isEmpty)
        #expect(try titles("id:1", in: plain).isEmpty)
        #expect(try titles("-track:a -lang:e -id:1", in: plain) == ["Plain"])
    }

    @Test("Typing a longer lang: value narrows the earlier result")
    func languageImplication() throws {
        let longer = try Query.parse("lang:eng"), shorter = try Query.parse("lang:en")
        #expect(longer.root.implies(shorter.root))
        #expect(!shorter.root.implies(longer.root))
    }

    @Test("A title match ranks above a track match")
    func ranking() throws {
        let index = SearchIndex(items: items)
        let result = index.search(try Query.parse("rust"))
        // Both Rust titles first, the shorter one ahead (BM25F normalises by the title's length).
        #expect(Array(result.ranked().map { items[$0].title }.prefix(2)) == ["Rust lightning round", "Rust in the Linux kernel"])
        let trackOnly = [FakeTalk("Ownership", kind: "talk", track: "Rust"), FakeTalk("Rust basics", kind: "talk")]
        let ranked = SearchIndex(items: trackOnly).search(try Query.parse("rust")).ranked()
        #expect(ranked.map { trackOnly[$0].title } == ["Rust basics", "Ownership"])
    }

    @Test("A track match is highlighted in the track")
    func highlight() throws {
        let query = try Query.parse("track:rust kernel")
        let text = "Rust"
        #expect(query.highlightRanges(in: text, field: .track).map { String(text[$0]) } == ["Rust"])
        #expect(query.highlightRanges(in: "Rust kernel", field: .title).map { String("Rust kernel"[$0]) } == ["kernel"])
    }
}

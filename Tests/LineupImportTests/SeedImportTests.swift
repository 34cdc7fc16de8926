import Foundation
import LineupImport
import LineupModel
import Testing

@Suite("The five shipped pages import exactly")
struct SeedImportTests {
    let schedule = SeedData.schedule

    @Test("The shipped data loads without a single diagnostic")
    func noDiagnostics() {
        #expect(SeedData.loaded.diagnostics.map(\.description) == [])
    }

    @Test("The shipped data holds 115 items: 3 orals, 33 spotlights, 1 Q&A slot and 78 listed papers")
    func itemCounts() {
        let kinds = schedule.talks.map(\.kind)
        #expect(kinds.count == 115)
        #expect(kinds.filter { $0 == .oral }.count == 3)
        #expect(kinds.filter { $0 == .spotlight }.count == 33)
        #expect(kinds.filter { $0 == .qa }.count == 1)
        #expect(kinds.filter { $0 == .paper }.count == 78)
    }

    @Test("Every item id is unique")
    func uniqueIDs() {
        #expect(Set(schedule.talks.map(\.id)).count == schedule.talks.count)
    }

    @Test("Monarch is the award-winning oral of DL: Algorithms, 18:00 to 18:20 UTC, with ten authors")
    func monarch() throws {
        let monarch = try #require(SeedData.talk(titled: "Monarch: Expressive Structured Matrices"))
        #expect(monarch.title == "Monarch: Expressive Structured Matrices for Efficient and Accurate Training")
        #expect(monarch.kind == .oral)
        #expect(monarch.awards == ["Outstanding Paper Runner Up"])
        #expect(monarch.award == "Outstanding Paper Runner Up")
        #expect(monarch.start == instant("2022-07-19T18:00:00Z"))
        #expect(monarch.end == instant("2022-07-19T18:20:00Z"))
        #expect(monarch.timeZoneID == "America/Los_Angeles")
        #expect(monarch.utcOffset == -7 * 3600)
        #expect(monarch.day == LocalDate(year: 2022, month: 7, day: 19))
        #expect(monarch.authors.count == 10)
        #expect(monarch.authors.first == "Tri Dao")
        #expect(monarch.authors.last == "Christopher Re")
        #expect(monarch.authorCount == 10)
        #expect(monarch.session == "DL: Algorithms")
        #expect(monarch.room == "Ballroom 1 & 2")
        #expect(monarch.moderator == "Daniel Y Fu")
        #expect(monarch.source == "icml2022-dl-algorithms.txt")
        #expect(monarch.line == 70)
        #expect(monarch.abstract.hasPrefix("Large neural networks excel in many domains"))
    }

    @Test("Straight to the Gradient starts at 17:00 PDT on Thu 22 July 2021, midnight UTC")
    func straightToTheGradient() throws {
        let talk = try #require(SeedData.talk(titled: "Straight to the Gradient"))
        #expect(talk.start == instant("2021-07-23T00:00:00Z"))
        #expect(talk.end == instant("2021-07-23T00:20:00Z"))
        #expect(talk.day == LocalDate(year: 2021, month: 7, day: 22))
        #expect(talk.kind == .oral)
        #expect(talk.room == nil)
        #expect(talk.moderator == "Tawsif A Ratul")
        #expect(talk.authors == ["Xiang Lin", "Simeng Han", "Shafiq Joty"])
    }

    @Test("Jérémie DONA is an author, spelled as the page spells him")
    func accentedAuthor() throws {
        let talk = try #require(SeedData.talk(titled: "Generalizing to New Physical Systems"))
        #expect(talk.authors.contains("Jérémie DONA"))
        #expect(talk.authors.contains("alain rakotomamonjy"))
    }

    @Test("The BASE Layers abstract keeps its two lines and the break between them")
    func multiLineAbstract() throws {
        let talk = try #require(SeedData.talk(titled: "BASE Layers"))
        let lines = talk.abstract.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("We introduce a new balanced assignment of experts") == true)
        #expect(lines.last?.hasPrefix("This optimal assignment scheme improves efficiency") == true)
    }

    @Test("The trailing Q&A slot of Applications 3 is an item of kind qa titled Q&A")
    func questionsAndAnswers() throws {
        let qa = try #require(schedule.talks.first { $0.kind == .qa })
        #expect(qa.title == "Q&A")
        #expect(qa.session == "Applications 3")
        #expect(qa.authors.isEmpty)
        #expect(qa.abstract.isEmpty)
        #expect(qa.start == instant("2021-07-23T00:50:00Z"))
        #expect(qa.end == instant("2021-07-23T00:55:00Z"))
        #expect(qa.alsoListedIn.isEmpty)
    }

    @Test("Sessions carry their pages' title, room, moderator, day and first and last instants")
    func sessions() throws {
        let slots = schedule.sessions.filter { $0.kind == .slots }
        #expect(slots.map(\.title) == ["Applications 3", "DL: Algorithms", "Applications/Optimization"])
        #expect(slots.map(\.room) == [nil, "Ballroom 1 & 2", "Hall G"])
        #expect(slots.map(\.moderator) == ["Tawsif A Ratul", "Daniel Y Fu", "Ning Yu"])
        #expect(slots.map(\.conference) == ["ICML 2021", "ICML 2022", "ICML 2022"])
        #expect(slots.map { $0.talkIDs.count } == [8, 14, 15])
        let applications = try #require(slots.first)
        #expect(applications.start == instant("2021-07-23T00:00:00Z"))
        #expect(applications.end == instant("2021-07-23T00:55:00Z"))
        #expect(applications.timeZoneID == "America/Los_Angeles")
        #expect(applications.day == LocalDate(year: 2021, month: 7, day: 22))
    }

    @Test("Each listing is one session on its heading day in the manifest's year")
    func listings() {
        let listings = schedule.sessions.filter { $0.kind == .listing }
        #expect(listings.map(\.title) == ["Daily Papers · Oct 13", "Daily Papers · Dec 8"])
        #expect(listings.map(\.day) == [LocalDate(year: 2025, month: 10, day: 13), LocalDate(year: 2025, month: 12, day: 8)])
        #expect(listings.map { $0.talkIDs.count } == [52, 26])
        #expect(listings.allSatisfy { $0.conference == "Hugging Face Daily Papers" })
    }

    @Test("BatchFormer has 3 authors, no names, and was published on 3 March 2022")
    func batchFormer() throws {
        let paper = try #require(SeedData.talk(titled: "BatchFormer"))
        #expect(paper.kind == .paper)
        #expect(paper.authorCount == 3)
        #expect(paper.authors.isEmpty)
        #expect(paper.published == LocalDate(year: 2022, month: 3, day: 3))
        #expect(paper.upvotes == nil)
        #expect(paper.start == nil)
        #expect(paper.day == LocalDate(year: 2025, month: 10, day: 13))
        #expect(paper.links == ["https://github.com/zhihou7/BatchFormer"])
    }

    @Test("Upvotes follow the date, and a date without a year takes the listing's year")
    func datesAndUpvotes() throws {
        let aligning = try #require(SeedData.talk(titled: "Aligning Text-to-Image Diffusion Models"))
        #expect(aligning.published == LocalDate(year: 2023, month: 10, day: 5))
        #expect(aligning.upvotes == 4)
        let streamBP = try #require(SeedData.talk(titled: "StreamBP"))
        #expect(streamBP.published == LocalDate(year: 2025, month: 6, day: 3))
        #expect(streamBP.upvotes == 2)
        let onDevice = try #require(SeedData.talk(titled: "End-to-End On-Device Quantization-Aware Training"))
        #expect(onDevice.published == LocalDate(year: 2025, month: 8, day: 20))
        #expect(onDevice.upvotes == nil)
        #expect(onDevice.authorCount == 12)
    }

    @Test("Pointer Networks is kept in both listings and each entry links to the other")
    func pointerNetworks() {
        let entries = schedule.talks.filter { $0.title == "Pointer Networks" }
        #expect(entries.count == 2)
        guard entries.count == 2 else { return }
        #expect(entries[0].id != entries[1].id)
        #expect(entries[0].alsoListedIn == [entries[1].id])
        #expect(entries[1].alsoListedIn == [entries[0].id])
        #expect(Set(entries.map(\.session)) == ["Daily Papers · Dec 8", "Daily Papers · Oct 13"])
    }

    @Test("Links are cut at LaTeX braces and trailing punctuation")
    func links() throws {
        let talk = try #require(schedule.talks.first { $0.abstract.contains("CBR-SUBG}}.") })
        #expect(talk.links == ["https://github.com/rajarshd/CBR-SUBG"])
        let aligning = try #require(SeedData.talk(titled: "Aligning Text-to-Image Diffusion Models"))
        #expect(aligning.links == ["https://align-prop.github.io/"])
        #expect(schedule.talks.allSatisfy { talk in talk.links.allSatisfy { !$0.hasSuffix(".") && !$0.hasSuffix("}") } })
    }

    @Test("The schedule runs from ICML 2021 to the December 2025 listing, one day per date and conference")
    func days() {
        #expect(schedule.days.map(\.label) == [
            "Thu 22 Jul 2021", "Tue 19 Jul 2022", "Thu 21 Jul 2022", "Daily Papers · 13 Oct", "Daily Papers · 8 Dec",
        ])
    }
}

import Foundation
import LineupImport
import LineupModel
import Testing

/// Every iCalendar, Sessionize and MiniConf file in ../shared/fixtures, with the facts
/// SOURCES.md and the files themselves state: counts, and one item's title, times, day, room
/// and people. Skipped where the folder is absent.
@Suite("Real iCalendar, Sessionize and MiniConf files", .enabled(if: SharedFixtures.available, SharedFixtures.skipNote))
struct RealScheduleFileTests {
    private func talk(_ talks: [Talk], titled prefix: String) throws -> Talk {
        try #require(talks.first { $0.title.hasPrefix(prefix) }, "no item titled \(prefix)…")
    }

    private func imported(_ path: String, format: Source.Format) throws -> [Talk] {
        let file = try SharedFixtures.load(path)
        #expect(file.failure == nil)
        #expect(file.format == format)
        return file.fragments.flatMap(\.talks)
    }

    private func local(_ text: String) -> LocalDateTime? { LocalDateTime(iso: text) }

    // MARK: iCalendar

    @Test("pyconau2023.ics: 94 events; the opening address at 09:00 Adelaide (+09:30) is 2023-08-17T23:30:00Z")
    func pyconAU() throws {
        let talks = try imported("ical/pyconau2023.ics", format: .iCalendar)
        #expect(talks.count == 94)
        let opening = try talk(talks, titled: "Specialist Tracks Combined Opening Address")
        #expect(SharedFixtures.iso(opening.start) == "2023-08-17T23:30:00Z")
        #expect(SharedFixtures.iso(opening.end) == "2023-08-17T23:50:00Z")
        #expect(opening.day == LocalDate(iso: "2023-08-18"))
        #expect(opening.localStart == local("2023-08-18T09:00"))
        #expect(opening.room == "Hall C (Plenary)")
        #expect(opening.authors == ["Pedro Junqueira", "Jack Skinner", "Nicky Ringland", "Katie McLaughlin", "Lilly Ryan"])
        #expect(opening.timeZoneID == "Australia/Adelaide")
        #expect(opening.sourceID == "pretalx-pyconau-2023-EJWEMK@pretalx.com")
        #expect(opening.url == "https://pretalx.com/pyconau-2023/talk/EJWEMK/")
    }

    @Test("lca2020.ics: 262 events; Australia/Brisbane without a VTIMEZONE resolves")
    func linuxConfAU() throws {
        let file = try SharedFixtures.load("ical/lca2020.ics")
        #expect(file.diagnostics.isEmpty)
        let talks = file.fragments.flatMap(\.talks)
        #expect(talks.count == 262)
        let breakfast = try #require(talks.first { $0.sourceID == "201@lca2020.linux.org.au" })
        #expect(SharedFixtures.iso(breakfast.start) == "2020-01-13T21:00:00Z")
        #expect(SharedFixtures.iso(breakfast.end) == "2020-01-13T23:00:00Z")
        #expect(breakfast.day == LocalDate(iso: "2020-01-14"))
        #expect(breakfast.room == "Room 5")
        #expect(breakfast.authors.isEmpty)
        #expect(breakfast.abstract.hasPrefix("Women of Open Technology Breakfast, Presented by ThoughtWorks"))
        #expect(!breakfast.abstract.contains("<p>"))
        #expect(talks.filter { $0.room == nil }.count == 17)
    }

    @Test("kielux2020.ics: 24 UTC events; Xen at 12:00Z in Ravensberg by Jürgen Groß")
    func kielux() throws {
        let talks = try imported("ical/kielux2020.ics", format: .iCalendar)
        #expect(talks.count == 24)
        let xen = try talk(talks, titled: "Xen - ist das nicht tot?")
        #expect(SharedFixtures.iso(xen.start) == "2020-09-18T12:00:00Z")
        #expect(SharedFixtures.iso(xen.end) == "2020-09-18T13:00:00Z")
        #expect(xen.day == LocalDate(iso: "2020-09-18"))
        #expect(xen.room == "Ravensberg")
        #expect(xen.authors == ["Jürgen Groß"])
        #expect(xen.abstract.contains("Xen war lange Zeit die Plattform zur Virtualisierung"))
    }

    @Test("good2025.ics: 72 events in US/Eastern from its VTIMEZONE-backed TZID")
    func good2025() throws {
        let talks = try imported("ical/good2025.ics", format: .iCalendar)
        #expect(talks.count == 72)
        let ecosystem = try talk(talks, titled: "The OOD App Ecosystem")
        #expect(SharedFixtures.iso(ecosystem.start) == "2025-03-18T22:50:00Z")
        #expect(SharedFixtures.iso(ecosystem.end) == "2025-03-18T23:00:00Z")
        #expect(ecosystem.localStart == local("2025-03-18T18:50"))
        #expect(ecosystem.day == LocalDate(iso: "2025-03-18"))
        #expect(ecosystem.room == "CGIS Concourse")
        #expect(ecosystem.authors == ["Sean Anderson [Wake Forest University]"])
        #expect(ecosystem.timeZoneID == "US/Eastern")
    }

    @Test("iclr2020-google.ics: 28 UTC events, X-WR-TIMEZONE not applied")
    func iclrGoogle() throws {
        let talks = try imported("ical/iclr2020-google.ics", format: .iCalendar)
        #expect(talks.count == 28)
        let poster = try talk(talks, titled: "Poster Day 2 Session 3 (P2S3)")
        #expect(SharedFixtures.iso(poster.start) == "2020-04-28T12:00:00Z")
        #expect(SharedFixtures.iso(poster.end) == "2020-04-28T14:00:00Z")
        #expect(poster.day == LocalDate(iso: "2020-04-28"))
        #expect(poster.room == nil)
        #expect(poster.authors.isEmpty)
        #expect(poster.timeZoneID == nil)
        #expect(talks.filter { ($0.start.map { LocalDateTime(instant: $0, utcOffset: 0).hour } ?? 99) < 6 }.count == 4)
    }

    @Test("pretalx-democon-2022.ics: 36 events, HEMUKA outside the conference dates included")
    func democon() throws {
        let talks = try imported("ical/pretalx-democon-2022.ics", format: .iCalendar)
        #expect(talks.count == 36)
        let night = try talk(talks, titled: "Persevering cohesive concept")
        #expect(SharedFixtures.iso(night.start) == "2022-09-05T23:50:00Z")
        #expect(SharedFixtures.iso(night.end) == "2022-09-06T01:20:00Z")
        #expect(night.day == LocalDate(iso: "2022-09-06"))
        #expect(night.room == "Dark Red Room")
        #expect(night.authors == ["Susan Martinez"])
        #expect(talks.contains { $0.day == LocalDate(iso: "2022-09-24") })
    }

    // MARK: Sessionize

    @Test("scottishsummit2026.json: 61 floating sessions; 1252943 in Presidents Suite 1 with three speakers in order")
    func scottishSummit() throws {
        let talks = try imported("sessionize/scottishsummit2026.json", format: .sessionize)
        #expect(talks.count == 61)
        #expect(talks.allSatisfy { $0.isFloating && $0.start == nil })
        let workshop = try #require(talks.first { $0.sourceID == "1252943" })
        #expect(workshop.title == "Design and Build a Gamified Onboarding Agent with M365, Copilot and Power Platform Workshop")
        #expect(workshop.floatingStart == local("2026-10-02T09:00"))
        #expect(workshop.floatingEnd == local("2026-10-02T17:00"))
        #expect(workshop.day == LocalDate(iso: "2026-10-02"))
        #expect(workshop.room == "Presidents Suite 1 (150)")
        #expect(workshop.authors == ["Sandra Kiel", "Markus Franz", "Anouck Fierens"])
        #expect(workshop.track == "Dynamics & Power Platform")
        #expect(Set(talks.compactMap(\.day)).count == 2)
        #expect(Set(talks.compactMap(\.room)).count == 7)
        #expect(talks.filter { $0.abstract.isEmpty }.count >= 1)
    }

    @Test("globalazure-austria-2024.json: 15 floating sessions in 4 rooms")
    func globalAzure2024() throws {
        let talks = try imported("sessionize/globalazure-austria-2024.json", format: .sessionize)
        #expect(talks.count == 15)
        let supercharge = try #require(talks.first { $0.sourceID == "648654" })
        #expect(supercharge.title == "Supercharge Your AI App - OpenAI Function Calling Inside Out")
        #expect(supercharge.floatingStart == local("2024-04-20T14:30"))
        #expect(supercharge.floatingEnd == local("2024-04-20T15:15"))
        #expect(supercharge.day == LocalDate(iso: "2024-04-20"))
        #expect(supercharge.room == "Aula")
        #expect(supercharge.authors == ["Rainer Stropek"])
    }

    @Test("globalazure-austria-2021.json (older shape): 37 floating sessions")
    func globalAzure2021() throws {
        let talks = try imported("sessionize/globalazure-austria-2021.json", format: .sessionize)
        #expect(talks.count == 37)
        let delivery = try #require(talks.first { $0.sourceID == "250183" })
        #expect(delivery.title == "Modern continous delivery on Azure Kubernetes Service")
        #expect(delivery.floatingStart == local("2021-04-16T12:00"))
        #expect(delivery.floatingEnd == local("2021-04-16T12:50"))
        #expect(delivery.day == LocalDate(iso: "2021-04-16"))
        #expect(delivery.room == "Cloud Native, DevOps")
        #expect(delivery.authors == ["Jürgen Etzlstorfer"])
    }

    // MARK: MiniConf

    @Test("eacl2024-conference.json (bare NaN): paper 10 presented twice; workshop CASE takes its session's times")
    func eacl() throws {
        let file = try SharedFixtures.load("miniconf/eacl2024-conference.json")
        #expect(file.format == .miniConf)
        #expect(file.diagnostics.contains { $0.message.contains("NaN") })
        let talks = file.fragments.flatMap(\.talks)
        let paper10 = talks.filter { $0.sourceID == "10" }.sorted { ($0.start ?? .distantPast) < ($1.start ?? .distantPast) }
        #expect(paper10.map { SharedFixtures.iso($0.start) } == ["2024-03-20T08:00:00Z", "2024-03-20T13:00:00Z"])
        #expect(paper10.map(\.room) == ["Radisson", "GatherTown"])
        #expect(paper10.first?.authors == ["Heejoon Koo"])
        #expect(paper10.first?.day == LocalDate(iso: "2024-03-20"))
        #expect(Set(paper10.map(\.id)).count == 2)
        let workshop = try talk(talks, titled: "The 7th Workshop on Challenges and Applications of Automated Extraction")
        #expect(workshop.sourceID == "CASE")
        #expect(SharedFixtures.iso(workshop.start) == "2024-03-22T08:00:00Z")
        #expect(SharedFixtures.iso(workshop.end) == "2024-03-22T16:20:00Z")
        #expect(workshop.room == "Radisson , Reading")
        #expect(workshop.authors.first == "Ali Hürriyetoğlu")
        // SOURCES.md: 427 papers, 7 plenaries, 5 tutorials, 19 workshops, 61 sessions.
        #expect(Set(talks.filter { $0.kind != .other("plenary") && $0.kind != .other("tutorial") && $0.kind != .other("workshop") }
            .compactMap { $0.sourceID }).isSuperset(of: ["10", "5", "224"]))
        #expect(talks.filter { $0.kind == .other("plenary") }.count == 7)
        #expect(talks.filter { $0.kind == .other("tutorial") }.count == 5)
        #expect(talks.filter { $0.kind == .other("workshop") }.count == 19)
        // Every paper is presented at least once (430 presentations, one listed twice in one session).
        let presentations = talks.filter { ["poster", "oral", "srw", "demo"].contains($0.kind.name.lowercased()) }
        #expect(Set(presentations.compactMap(\.sourceID)).count == 427)
        #expect(presentations.count == 429)
        #expect(file.fragments.first?.sessions.filter { $0.kind == .slots }.count == 61)
        // Breaks have naive times: floating.
        let coffee = try talk(talks, titled: "Coffee Break 1")
        #expect(coffee.floatingStart == local("2024-03-18T10:30"))
    }

    @Test("acl2023-booklet_data.json: 37 entries with naive local times")
    func aclBooklet() throws {
        let talks = try imported("miniconf/acl2023-booklet_data.json", format: .miniConf)
        #expect(talks.count == 37)
        let panel = try talk(talks, titled: "Navigating NLP in the Era of Large Language Models")
        #expect(panel.floatingStart == local("2023-07-11T13:45"))
        #expect(panel.floatingEnd == local("2023-07-11T14:30"))
        #expect(panel.day == LocalDate(iso: "2023-07-11"))
        #expect(panel.room == #"Pier 2\&3"#)
        #expect(panel.authors == ["Danqi Chen (Princeton)", "Swaroop Mishra (Google DeepMind)", "Sara Hooker (Cohere)"])
        #expect(talks.filter { $0.kind == .other("workshop") }.count == 22)
        #expect(talks.filter { $0.kind == .other("workshop") && $0.floatingEnd == nil }.count > 0)
    }

    @Test("iclr2020-main_calendar.json: 56 UTC entries, links not taken for rooms")
    func iclrCalendar() throws {
        let talks = try imported("miniconf/iclr2020-main_calendar.json", format: .miniConf)
        #expect(talks.count == 56)
        let poster = try talk(talks, titled: "Poster Day 2 Session 5 (P2S5)")
        #expect(SharedFixtures.iso(poster.start) == "2020-04-28T20:00:00Z")
        #expect(SharedFixtures.iso(poster.end) == "2020-04-28T22:00:00Z")
        #expect(poster.day == LocalDate(iso: "2020-04-28"))
        #expect(poster.room == nil)
        #expect(poster.authors.isEmpty)
        #expect(poster.url?.hasPrefix("https://iclr.cc/virtual/papers.html") == true)
    }

    @Test("ozchi2022-main_calendar.json: 26 entries at +11:00")
    func ozchi() throws {
        let talks = try imported("miniconf/ozchi2022-main_calendar.json", format: .miniConf)
        #expect(talks.count == 26)
        let agm = try talk(talks, titled: "CHISIG AGM")
        #expect(SharedFixtures.iso(agm.start) == "2022-11-30T02:00:00Z")
        #expect(SharedFixtures.iso(agm.end) == "2022-11-30T03:00:00Z")
        #expect(agm.localStart == local("2022-11-30T13:00"))
        #expect(agm.day == LocalDate(iso: "2022-11-30"))
        #expect(agm.room == nil)
        #expect(agm.authors.isEmpty)
        #expect(agm.url == "chisig_agm.html")
    }

    @Test("iclr2020-papers.json: 687 untimed papers with authors and abstracts")
    func iclrPapers() throws {
        let talks = try imported("miniconf/iclr2020-papers.json", format: .miniConf)
        #expect(talks.count == 687)
        #expect(talks.allSatisfy { !$0.isTimed && $0.kind == .paper && !$0.authors.isEmpty && !$0.abstract.isEmpty })
        let lag = try #require(talks.first { $0.sourceID == "SkxybANtDB" })
        #expect(lag.title == "Dynamic Time Lag Regression: Predicting What & When")
        #expect(lag.authors == ["Mandar Chandorkar", "Cyril Furtlehner", "Bala Poduval", "Enrico Camporeale", "Michele Sebag"])
        #expect(lag.start == nil && lag.end == nil && lag.day == nil && lag.room == nil)
        #expect(lag.abstract.hasPrefix("This paper tackles a new regression problem"))
        #expect(lag.subtitle?.hasPrefix("We propose a new regression framework") == true)
    }
}

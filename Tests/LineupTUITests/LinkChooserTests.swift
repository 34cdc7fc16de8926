import Foundation
import LineupModel
import XCTest
@testable import LineupTUI

/// `o` on an item with several links: a numbered chooser; Enter or a number opens one, Esc
/// cancels.
final class LinkChooserTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lineup-chooser-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// One talk with a page, two resources (one of them the page again, one not a web link) and
    /// a link in its abstract.
    static func schedule() -> Schedule {
        let session = SessionID.derive(["s"])
        let day = LocalDate(year: 2024, month: 2, day: 3)
        let talk = Talk(id: TalkID.derive(["t"]), title: "Linked talk", kind: .paper, day: day, sessionID: session,
                        session: "Links", links: ["https://example.org/abstract-link"], source: "a.json",
                        url: "https://example.org/talk",
                        resources: [TalkLink(url: "https://example.org/slides.pdf", title: "Slides", kind: .attachment),
                                    TalkLink(url: "https://example.org/talk", title: "Page again"),
                                    TalkLink(url: "file:///etc/passwd", title: "Not a web link")])
        let source = Source(fileName: "a.json", name: "Links", format: .sessionPage, year: 2024)
        let links = Session(id: session, kind: .slots, title: "Links", source: "a.json", conference: "Links", day: day, talkIDs: [talk.id])
        return Schedule.assemble([ScheduleFragment(source: source, sessions: [links], talks: [talk])]).schedule
    }

    private func harness() throws -> (Harness, record: String) {
        let (script, record) = try LinkOpenerTests.recordingBrowser(in: directory)
        var harness = Harness(schedule: Self.schedule(), linkOpener: LinkOpener(command: [script]))
        harness.send(.enter, .enter)
        XCTAssertEqual(harness.state.keyContext, .talks)
        harness.send(.character("o"))
        return (harness, record)
    }

    func testTheChooserListsEachWebLinkOnceNumbered() throws {
        let (harness, _) = try harness()
        XCTAssertEqual(harness.state.keyContext, .linkChooser)
        let screen = harness.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Open which link of \u{201C}Linked talk\u{201D}?"), screen)
        XCTAssertTrue(screen.contains("1  Page  https://example.org/talk"), screen)
        XCTAssertTrue(screen.contains("2  Slides  https://example.org/slides.pdf"), screen)
        XCTAssertTrue(screen.contains("3  https://example.org/abstract-link"), screen)
        XCTAssertFalse(screen.contains("4  "), screen)
        guard case .links(let chooser) = harness.state.prompt else { return XCTFail("no chooser") }
        XCTAssertFalse(chooser.choices.contains { $0.url.hasPrefix("file:") }, "a link that is not http(s) is not offered")
    }

    func testEnterOpensTheSelectedLink() throws {
        var (harness, record) = try harness()
        harness.send(.down)
        harness.send(.enter)
        XCTAssertEqual(try LinkOpenerTests.recordedArguments(record), ["https://example.org/slides.pdf"])
        XCTAssertNil(harness.state.prompt)
        XCTAssertEqual(harness.state.message?.text, "Opening https://example.org/slides.pdf in the web browser")
    }

    func testANumberOpensThatLink() throws {
        var (harness, record) = try harness()
        harness.send(.character("3"))
        XCTAssertEqual(try LinkOpenerTests.recordedArguments(record), ["https://example.org/abstract-link"])
        XCTAssertNil(harness.state.prompt)
    }

    func testEscCancelsAndStartsNothing() throws {
        var (harness, record) = try harness()
        harness.send(.character("9"))
        XCTAssertEqual(harness.state.keyContext, .linkChooser, "no link 9: the chooser stays")
        harness.send(.escape)
        XCTAssertNil(harness.state.prompt)
        XCTAssertEqual(harness.state.keyContext, .talks)
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: record), "the browser ran")
    }

    func testAnItemWithOneLinkOpensItAtOnce() throws {
        let talk = Self.schedule().talks[0]
        var one = talk
        one.resources = []
        one.links = []
        XCTAssertEqual(one.webLinkChoices, [LinkChooser.Choice(url: "https://example.org/talk", title: "Page")])
        XCTAssertEqual(talk.webLinkChoices.map(\.url), ["https://example.org/talk", "https://example.org/slides.pdf", "https://example.org/abstract-link"])
    }
}

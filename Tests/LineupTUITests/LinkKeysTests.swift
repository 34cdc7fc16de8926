import Foundation
import XCTest
@testable import LineupTUI

/// `o` and `y` in the real loop: the browser gets the selected talk's link, the terminal gets
/// the OSC 52 sequence.
final class LinkKeysTests: XCTestCase {
    private func selectingAlignProp() -> [FakeTerminal.Step] {
        [.key(.character("/"))] + typing("Aligning") + [.idle, .key(.enter)]
    }

    func testYWritesTheLinkAsOSC52AndSaysSo() {
        let harness = Harness()
        let loop = BrowserLoop(state: harness.state, terminal: FakeTerminal(size: harness.state.size,
                               script: selectingAlignProp() + [.key(.character("y")), .idle]), runner: harness.runner)
        _ = loop.run()
        XCTAssertEqual(loop.terminal.sequences, [Array("\u{1B}]52;c;aHR0cHM6Ly9hbGlnbi1wcm9wLmdpdGh1Yi5pby8=\u{07}".utf8)])
        let message = loop.state.message?.text ?? ""
        XCTAssertTrue(message.hasPrefix("Copied https://align-prop.github.io/"), message)
        XCTAssertTrue(loop.terminal.lastFrame.contains { $0.contains("Copied https://align-prop.github.io/") })
    }

    func testOStartsTheBrowserWithTheLink() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lineup-o-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (script, record) = try LinkOpenerTests.recordingBrowser(in: directory)
        let harness = Harness(linkOpener: LinkOpener(command: [script, "--new-tab"]))
        let loop = BrowserLoop(state: harness.state, terminal: FakeTerminal(size: harness.state.size,
                               script: selectingAlignProp() + [.key(.character("o")), .idle]), runner: harness.runner)
        _ = loop.run()
        XCTAssertEqual(try LinkOpenerTests.recordedArguments(record), ["--new-tab", "https://align-prop.github.io/"])
        XCTAssertTrue(loop.terminal.sequences.isEmpty)
    }

    func testATalkWithoutALinkSaysSoAndStartsNothing() {
        var harness = Harness(linkOpener: LinkOpener(command: ["/nonexistent/browser"]))
        harness.send(.character("/"))
        harness.type("Monarch")
        harness.send(.enter, .character("o"))
        XCTAssertEqual(harness.state.message?.text, "\u{201C}Monarch: Expressive Structured Matrices for Efficient and Accurate Training\u{201D} has no link")
    }
}

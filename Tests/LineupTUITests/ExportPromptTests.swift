import XCTest
import Foundation
import LineupAgenda
import LineupModel
@testable import LineupTUI

/// The browser's export question (issue 11): the format follows the extension typed, Tab
/// changes the extension (defect 10); an existing file is replaced only after "y", and the
/// bookmark file and loaded data files never (defect 4).
final class ExportPromptTests: XCTestCase {
    private var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "lineup-export-prompt-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A harness with Monarch bookmarked, the export question open, its path cleared.
    private func exporting(dataFiles: [String] = [], bookmarksPath: String? = nil) -> Harness {
        var harness = Harness(bookmarksPath: bookmarksPath, dataFiles: dataFiles)
        harness.send(.enter, .enter, .down, .character("b"))
        XCTAssertEqual(harness.savedIDs, [HandBuiltSchedule.monarchID])
        harness.send(.character("e"), .control("u"))
        return harness
    }

    private var exportPrompt: (Harness) -> ExportPrompt? = { harness in
        if case .export(let prompt) = harness.state.prompt { return prompt }
        return nil
    }

    func testTheFormatFollowsTheExtensionTyped() throws {
        var harness = exporting()
        let path = directory + "/agenda.csv"
        harness.type(path)
        XCTAssertEqual(exportPrompt(harness)?.format, .csv)
        XCTAssertTrue(harness.screen.last?.contains("csv") == true)
        harness.send(.enter)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("section,id,title,"), "agenda.csv got: \(written.prefix(40))")
        XCTAssertFalse(written.contains("BEGIN:VCALENDAR"))
    }

    func testAnUnknownExtensionKeepsTheFormatChosen() {
        var harness = exporting()
        harness.send(.tab, .tab)
        harness.send(.control("u"))
        harness.type("plan.txt")
        XCTAssertEqual(exportPrompt(harness)?.format, .csv, "two Tabs from ics")
        harness.send(.control("u"))
        harness.type("plan.MARKDOWN")
        XCTAssertEqual(exportPrompt(harness)?.format, .md, "the CLI's aliases, any case")
    }

    func testTabCyclesTheFormatsAndChangesTheExtension() {
        var harness = exporting()
        harness.type("out/agenda.ics")
        harness.send(.tab)
        XCTAssertEqual(exportPrompt(harness)?.path.text, "out/agenda.md")
        XCTAssertEqual(exportPrompt(harness)?.format, .md)
        harness.send(.tab, .tab)
        XCTAssertEqual(exportPrompt(harness)?.path.text, "out/agenda.json")
        harness.send(.backTab)
        XCTAssertEqual(exportPrompt(harness)?.path.text, "out/agenda.csv")
        harness.send(.control("u"))
        harness.type("my.plan/agenda")
        harness.send(.tab)
        XCTAssertEqual(exportPrompt(harness)?.path.text, "my.plan/agenda.json", "a dot in a directory is no extension")
        XCTAssertEqual(ExportPrompt.replacingExtension(of: ".hidden", with: "md"), ".hidden.md")
    }

    func testAnExistingFileIsReplacedOnlyAfterYes() throws {
        var harness = exporting()
        let path = directory + "/precious.md"
        try "my own notes\n".write(toFile: path, atomically: true, encoding: .utf8)
        harness.type(path)
        harness.send(.enter)
        guard case .replace = harness.state.prompt else { return XCTFail("no question before replacing") }
        XCTAssertTrue(harness.screen.last?.contains("precious.md exists. Replace it?") == true, harness.screen.last ?? "")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "my own notes\n")

        harness.send(.character("n"))
        XCTAssertEqual(exportPrompt(harness)?.path.text, path, "n goes back to the name")
        harness.send(.enter, .escape)
        XCTAssertEqual(exportPrompt(harness)?.path.text, path, "Esc too")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "my own notes\n")

        harness.send(.enter, .character("y"))
        XCTAssertNil(harness.state.prompt)
        XCTAssertEqual(harness.state.message?.text, "Exported 1 item to \(path)")
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("Monarch: Expressive"))
    }

    func testTheBookmarkFileIsNeverAnExportTargetEvenThroughALink() throws {
        let bookmarks = directory + "/bookmarks.json"
        var harness = exporting(bookmarksPath: bookmarks)
        let before = try String(contentsOfFile: bookmarks, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.json", withDestinationPath: bookmarks)
        for path in [bookmarks, directory + "/link.json", directory + "/./bookmarks.json"] {
            harness.send(.character("e"), .control("u"))
            harness.type(path)
            harness.send(.enter)
            XCTAssertNil(harness.state.prompt, "refused without asking whether to replace it")
            XCTAssertEqual(harness.state.message?.isError, true, path)
            XCTAssertTrue(harness.state.message?.text.contains("the bookmark file") == true, harness.state.message?.text ?? "")
            XCTAssertEqual(try String(contentsOfFile: bookmarks, encoding: .utf8), before, path)
        }
        XCTAssertEqual(harness.savedIDs, [HandBuiltSchedule.monarchID])
    }

    func testALoadedDataFileIsNeverAnExportTarget() throws {
        let page = directory + "/page.txt", folder = directory + "/pages"
        try "a page\n".write(toFile: page, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "another page\n".write(toFile: folder + "/day2.txt", atomically: true, encoding: .utf8)
        var harness = exporting(dataFiles: [page, folder + "/day2.txt"])
        for path in [page, folder + "/day2.txt"] {
            harness.send(.character("e"), .control("u"))
            harness.type(path)
            harness.send(.enter)
            XCTAssertTrue(harness.state.message?.text.contains("a loaded data file") == true, harness.state.message?.text ?? "")
        }
        XCTAssertEqual(try String(contentsOfFile: page, encoding: .utf8), "a page\n")
        XCTAssertEqual(try String(contentsOfFile: folder + "/day2.txt", encoding: .utf8), "another page\n")
        harness.send(.character("e"), .control("u"))
        harness.type(folder + "/agenda.md")
        harness.send(.enter)
        XCTAssertEqual(harness.state.message?.text, "Exported 1 item to \(folder)/agenda.md", "a new file beside the data is fine")
    }
}

/// The config file's `[export]` defaults start the prompt.
final class ExportDefaultsTests: XCTestCase {
    func testThePromptStartsInTheConfiguredDirectoryAndFormat() {
        let prompt = ExportPrompt(defaults: ExportDefaults(format: .md, directory: "/home/u/Documents"))
        XCTAssertEqual(prompt.path.text, "/home/u/Documents/lineup-agenda.md")
        XCTAssertEqual(prompt.format, .md)
        XCTAssertEqual(ExportPrompt(defaults: ExportDefaults(format: .csv, directory: "out/")).path.text, "out/lineup-agenda.csv")
        XCTAssertEqual(ExportPrompt(defaults: ExportDefaults()).path.text, "lineup-agenda.ics")
    }
}

import Foundation
import XCTest
@testable import LineupTUI

/// Links leave Lineup through a browser program started without a shell, and only http(s).
final class LinkOpenerTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lineup-links-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A browser that writes each argument it gets on a line of `record`.
    static func recordingBrowser(in directory: URL) throws -> (script: String, record: String) {
        let script = directory.appendingPathComponent("browser").path
        let record = directory.appendingPathComponent("arguments").path
        try "#!/bin/sh\nfor argument in \"$@\"; do printf '%s\\n' \"$argument\"; done > '\(record).part'\nmv '\(record).part' '\(record)'\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return (script, record)
    }

    /// The recorded arguments, once the browser (which Lineup does not wait for) wrote them.
    static func recordedArguments(_ record: String) throws -> [String] {
        for _ in 0..<200 {
            if let text = try? String(contentsOfFile: record, encoding: .utf8) {
                return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw LinkError("the browser never ran")
    }

    func testALinkReachesTheBrowserAsOneArgumentAndRunsNothing() throws {
        let (script, record) = try Self.recordingBrowser(in: directory)
        let pwned = directory.appendingPathComponent("pwned").path
        let link = "https://example.org/talk; touch \(pwned); $(touch \(pwned)) `touch \(pwned)`"
        try LinkOpener(environment: ["BROWSER": script]).open(link)
        XCTAssertEqual(try Self.recordedArguments(record), [link])
        XCTAssertFalse(FileManager.default.fileExists(atPath: pwned))
    }

    func testBrowserComesFirstThenTheConfiguredCommandThenTheSystems() {
        XCTAssertEqual(LinkOpener(environment: ["BROWSER": "firefox --new-tab:w3m"], configured: ["chromium"]).command,
                       ["firefox", "--new-tab"])
        XCTAssertEqual(LinkOpener(environment: [:], configured: ["chromium", "--incognito"]).command, ["chromium", "--incognito"])
        XCTAssertEqual(LinkOpener(environment: ["BROWSER": ""], configured: nil).command, LinkOpener.systemDefault)
    }

    func testPercentSIsReplacedByTheLinkElseTheLinkIsAppended() {
        XCTAssertEqual(LinkOpener(command: ["b", "%s", "--x"]).arguments(for: "https://a"), ["b", "https://a", "--x"])
        XCTAssertEqual(LinkOpener(command: ["b"]).arguments(for: "https://a"), ["b", "https://a"])
    }

    func testOnlyWebLinksAreOpened() throws {
        let (script, record) = try Self.recordingBrowser(in: directory)
        for link in ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org", "https", "//example.org",
                     "https://example.org/\u{1B}]52;c;eA==\u{07}", "http://a\nb"] {
            XCTAssertThrowsError(try LinkOpener(environment: ["BROWSER": script]).open(link), link)
        }
        XCTAssertNoThrow(try WebLink.check("HTTPS://EXAMPLE.ORG/Path?q=1"))
        XCTAssertNoThrow(try WebLink.check("http://example.org"))
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: record), "a refused link started the browser")
    }

    func testAMissingBrowserIsAnErrorNamingIt() {
        XCTAssertThrowsError(try LinkOpener(command: ["/nonexistent/browser"]).open("https://example.org")) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/browser"), "\(error)")
        }
    }

    func testTheClipboardSequenceIsOSC52WithTheLinkInBase64() {
        XCTAssertEqual(ClipboardSequence.bytes(copying: "https://a.b/ü"),
                       Array("\u{1B}]52;c;aHR0cHM6Ly9hLmIvw7w=\u{07}".utf8))
    }
}

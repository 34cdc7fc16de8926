import Foundation
import LineupModel
import XCTest

/// A talk of a PDT (UTC-7) session starting at `startUTC` (nil for none), `minutes` long.
func talk(
    _ id: String, title: String? = nil, startUTC: String? = nil, minutes: Int = 20,
    kind: TalkKind = .spotlight, room: String? = "Ballroom 1 & 2", authors: [String] = ["Ana Pérez", "Bo Li"],
    abstract: String = "An abstract.", links: [String] = [], session: String = "DL: Algorithms",
    day: String? = nil, utcOffset: Int = -25_200
) -> Talk {
    let start = startUTC.flatMap(ISOInstant.parse)
    let end = start.map { $0.addingTimeInterval(TimeInterval(minutes * 60)) }
    let localDay = day.flatMap { LocalDate(iso: $0) }
        ?? start.map { ISOInstant.wallClock($0, utcOffset: utcOffset).day }
    return Talk(
        id: TalkID(id), title: title ?? "Talk \(id)", authors: authors, kind: kind,
        start: start, end: end, timeZoneID: start == nil ? nil : "America/Los_Angeles",
        utcOffset: start == nil ? nil : utcOffset, day: localDay,
        sessionID: SessionID(session), session: session, room: start == nil ? nil : room,
        moderator: start == nil ? nil : "Daniel Y Fu", abstract: abstract, links: links,
        source: "test.txt")
}

/// An untimed listed paper.
func paper(_ id: String, title: String? = nil, day: String = "2023-12-08") -> Talk {
    Talk(id: TalkID(id), title: title ?? "Paper \(id)", authorCount: 3, kind: .paper,
         day: LocalDate(iso: day), sessionID: SessionID("daily"), session: "Daily Papers",
         abstract: "A **bold** claim.", source: "daily.txt", published: LocalDate(iso: "2023-10-05"), upvotes: 4)
}

func instant(_ text: String) -> Date {
    guard let date = ISOInstant.parse(text) else { preconditionFailure("bad instant \(text) in a test") }
    return date
}

/// A fresh directory under the system's temporary directory, removed by the test's teardown.
func temporaryDirectory(for test: XCTestCase, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let path = NSTemporaryDirectory() + "lineup-agenda-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}

func contents(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
}

struct ToolResult {
    var status: Int32
    var output: String
    var error: String
}

/// Runs an installed program (`make test` installs python3-icalendar); a missing
/// one is a test failure that says how to get it, not a skip.
func runTool(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
             file: StaticString = #filePath, line: UInt = #line) throws -> ToolResult {
    guard FileManager.default.isExecutableFile(atPath: executable) else {
        XCTFail("\(executable) is not installed; `make test` installs it", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ToolResult(status: process.terminationStatus,
                      output: String(decoding: outputData, as: UTF8.self),
                      error: String(decoding: errorData, as: UTF8.self))
}

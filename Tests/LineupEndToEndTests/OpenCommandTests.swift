import Foundation
import Testing

/// `lineup open ID`: the item's page goes to $BROWSER as one argument, never through a shell.
@Suite("lineup open")
struct OpenCommandTests {
    /// A directory with a recording browser and a one-item JSON schedule whose url is `url`.
    struct Setup {
        let directory: String
        let browser: String
        let record: String
        let schedule: String
        let id: String

        init(url: String) throws {
            directory = NSTemporaryDirectory() + "lineup-open-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            browser = directory + "/browser"
            record = directory + "/arguments"
            try "#!/bin/sh\nfor argument in \"$@\"; do printf '%s\\n' \"$argument\"; done > '\(record).part'\nmv '\(record).part' '\(record)'\n"
                .write(toFile: browser, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
            let imported = directory + "/all.json"
            let result = try LineupBinary.run(["import", LineupBinary.dataDirectory, "--output", imported])
            #expect(result.status == 0, "\(result.stderr)")
            var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: imported))) as? [String: Any])
            var talks = try #require(document["talks"] as? [[String: Any]])
            talks[0] = talks[0].merging(["url": url]) { $1 }
            document["talks"] = talks
            id = try #require(talks[0]["id"] as? String)
            schedule = directory + "/one.json"
            try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: schedule))
        }

        func recorded() throws -> [String]? {
            for _ in 0..<200 {
                if let text = try? String(contentsOfFile: record, encoding: .utf8) {
                    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return nil
        }
    }

    @Test("a link holding shell syntax reaches $BROWSER as one argument and runs nothing")
    func shellSyntaxStaysOneArgument() throws {
        let pwnedPath = NSTemporaryDirectory() + "lineup-pwned-" + UUID().uuidString
        let url = "https://example.org/talk; touch \(pwnedPath)"
        let setup = try Setup(url: url)
        defer { try? FileManager.default.removeItem(atPath: setup.directory) }
        let result = try LineupBinary.run(["open", "--data", setup.schedule, setup.id], environment: ["BROWSER": setup.browser])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "opened \(url)\n")
        #expect(try setup.recorded() == [url])
        #expect(!FileManager.default.fileExists(atPath: pwnedPath))
    }

    @Test("a link that is not http(s) is refused and no browser starts")
    func otherSchemesAreRefused() throws {
        let setup = try Setup(url: "file:///etc/passwd")
        defer { try? FileManager.default.removeItem(atPath: setup.directory) }
        let result = try LineupBinary.run(["open", "--data", setup.schedule, setup.id], environment: ["BROWSER": setup.browser])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not an http(s) link"))
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!FileManager.default.fileExists(atPath: setup.record))
    }
}

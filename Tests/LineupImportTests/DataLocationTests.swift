import Foundation
import LineupImport
import Testing

@Suite("Finding the shipped Data/")
struct DataLocationTests {
    @Test("LINEUP_DATA wins, even when it names nothing, so a typo is reported rather than replaced")
    func environmentWins() {
        #expect(DataLocation.defaultDataPath(environment: ["LINEUP_DATA": "/nowhere/Data"], executableURL: nil) == "/nowhere/Data")
    }

    @Test("An installed binary looks in ../share/lineup/Data, then beside itself")
    func installedLayout() throws {
        let prefix = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: prefix.path + "/share/lineup/Data", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: prefix.path + "/bin", withIntermediateDirectories: true)
        let binary = URL(fileURLWithPath: prefix.path + "/bin/lineup")
        let found = DataLocation.defaultDataPath(environment: [:], executableURL: binary)
        #expect(found.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            == URL(fileURLWithPath: prefix.path + "/share/lineup/Data").resolvingSymlinksInPath().path)
        #expect(DataLocation.candidates(executableURL: binary).count == 3)
    }

    @Test("Without an environment variable or an installed layout the checkout's Data/ is found")
    func sourceTreeFallback() {
        let found = DataLocation.defaultDataPath(environment: [:], executableURL: URL(fileURLWithPath: "/nonexistent/bin/lineup"))
        #expect(found.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            == URL(fileURLWithPath: SeedData.directory).standardizedFileURL.path)
    }
}

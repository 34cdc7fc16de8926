import Foundation
import LineupTestSupport
import Testing

/// The real `lineup` browser in tmux on a schedule served from 127.0.0.1: it opens on the
/// cached copy, `U` fetches the next version in the background, and the status bar and the
/// Changes view (`C`) show what changed.
@Suite struct SourcesBrowserEndToEndTests {
    @Test func uFetchesTheNextVersionAndTheChangesAreShown() throws {
        let home = try SourcesEndToEndTests.Home()
        let server = try ScheduleServer(serving: SourcesEndToEndTests.v1)
        #expect(try home.run("sources", "add", server.url(), "--name", "minicon").status == 0)
        let lineup = try BuiltProducts.lineup().path
        let tmux = try TmuxSession([lineup], columns: 150, rows: 32,
                                   environment: home.environment.merging(["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { $1 })
        let first = try tmux.waitFor("the first frame") { $0.contains("updated just now") }
        #expect(first.contains("3 talks"), "\(first)")
        #expect(server.requests().count == 1, "the copy is fresh: no request at launch")

        try server.serve(SourcesEndToEndTests.v2)
        try tmux.send("U")
        let updated = try tmux.waitFor("the update") { $0.contains("schedule updated: 3 changes") }
        #expect(updated.contains("updated just now"), "\(updated)")
        #expect(server.requests().count == 2)

        try tmux.send("C")
        let changes = try tmux.waitFor("the Changes view") { $0.contains("Changes in the latest update") }
        #expect(changes.contains("Late Addition"), "\(changes)")
        #expect(changes.contains("Fading Formats"), "\(changes)")
        #expect(changes.contains("moved from Hall A, 11:00 to Hall B, 14:00"), "\(changes)")

        // Nothing new on the server: U says so and the schedule stays.
        try tmux.send("Escape")
        _ = try tmux.waitFor("the schedule again") { !$0.contains("Changes in the latest update") }
        try tmux.send("U")
        _ = try tmux.waitFor("no new version") { $0.contains("No new version") }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func anUpdateFetchedFromTheShellIsMarkedInTheNextBrowser() throws {
        let home = try SourcesEndToEndTests.Home()
        let server = try ScheduleServer(serving: SourcesEndToEndTests.v1)
        #expect(try home.run("sources", "add", server.url(), "--name", "minicon").status == 0)
        let lineup = try BuiltProducts.lineup().path
        let environment = home.environment.merging(["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { $1 }
        func browse() throws -> (tmux: TmuxSession, frame: String) {
            let tmux = try TmuxSession([lineup, "--offline"], columns: 150, rows: 32, environment: environment)
            return (tmux, try tmux.waitFor("the first frame") { $0.contains("talks") && $0.contains("offline: copy from") })
        }
        let (first, firstFrame) = try browse()
        #expect(!firstFrame.contains("schedule updated"), "a first browse marks nothing: \(firstFrame)")
        try first.send("q")
        #expect(try first.waitForExit() == 0)

        try server.serve(SourcesEndToEndTests.v2)
        #expect(try home.run("update").status == 0)
        let (second, _) = try browse()
        _ = try second.waitFor("the update's marks") { $0.contains("schedule updated: 3 changes") }
        try second.send("C")
        let changes = try second.waitFor("the Changes view") { $0.contains("Late Addition") }
        #expect(changes.contains("moved from Hall A, 11:00 to Hall B, 14:00"), "\(changes)")
        try second.send("q")
        #expect(try second.waitForExit() == 0)

        let (third, thirdFrame) = try browse()
        #expect(!thirdFrame.contains("schedule updated"), "the update was seen in the second browser: \(thirdFrame)")
        try third.send("q")
        #expect(try third.waitForExit() == 0)
    }

    @Test func offlineOpensOnTheCopyAndSaysHowOldItIs() throws {
        let home = try SourcesEndToEndTests.Home()
        let server = try ScheduleServer(serving: SourcesEndToEndTests.v1)
        #expect(try home.run("sources", "add", server.url(), "--name", "minicon").status == 0)
        let lineup = try BuiltProducts.lineup().path
        let tmux = try TmuxSession([lineup, "--offline"], columns: 150, rows: 32,
                                   environment: home.environment.merging(["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { $1 })
        let first = try tmux.waitFor("the first frame") { $0.contains("offline: copy from just now") }
        #expect(first.contains("3 talks"), "\(first)")
        try tmux.send("U")
        _ = try tmux.waitFor("the refusal") { $0.contains("Not checked: --offline") }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(server.requests().count == 1, "only the fetch of `sources add`: \(server.requests())")
    }
}

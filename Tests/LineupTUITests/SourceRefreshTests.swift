import Foundation
import LineupModel
import Testing
@testable import LineupTUI

/// A refresher whose checks end when the test says, with what the test says.
private final class FakeRefresher: ScheduleRefreshing, @unchecked Sendable {
    private let lock = NSLock()
    private var startsMade: [Bool] = []
    private var pending: ScheduleRefresh?
    private var age: String?

    init(age: String?) { self.age = age }

    var starts: [Bool] { lock.withLock { startsMade } }

    func finish(_ refresh: ScheduleRefresh, age: String?) {
        lock.withLock {
            pending = refresh
            self.age = age
        }
    }

    func start(force: Bool) -> Bool {
        lock.withLock { startsMade.append(force) }
        return true
    }

    func finished() -> ScheduleRefresh? {
        lock.withLock {
            defer { pending = nil }
            return pending
        }
    }

    func ageText(now: Date) -> String? { lock.withLock { age } }
}

/// The browser's side of background fetching: `U` starts a check, a finished one is applied
/// as an update between frames, and the status bar shows the data's age and what went wrong.
@Suite struct SourceRefreshTests {
    private let schedule = HandBuiltSchedule.make()

    private func browser(_ refresher: FakeRefresher) -> (EffectRunner, BrowserState) {
        var services = BrowserServices(search: TitleWordSearch(schedule: schedule), bookmarks: nil,
                                       clock: .fixed(Date(timeIntervalSince1970: 1_700_000_000)))
        services.refresher = refresher
        let state = BrowserState(schedule: schedule, size: TerminalSize(columns: 160, rows: 45), bookmarks: .empty,
                                 userTimeZone: TimeZone(identifier: "UTC") ?? .current)
        return (EffectRunner(services: services), state)
    }

    private func poll(_ runner: EffectRunner, _ state: inout BrowserState) {
        for action in runner.pollRefresh(in: state) { runner.dispatch(action, to: &state) }
    }

    private func statusLines(_ state: BrowserState) -> String { render(state).lines.suffix(2).joined(separator: "\n") }

    @Test func uChecksNowAndANewVersionIsAppliedBetweenFrames() throws {
        let refresher = FakeRefresher(age: "updated 12 min ago")
        var (runner, state) = browser(refresher)
        runner.dispatch(.key(.character("U")), to: &state)
        #expect(refresher.starts == [true])
        #expect(state.message?.text.hasPrefix("Checking the sources") == true)
        poll(runner, &state)
        #expect(state.dataAge == "updated 12 min ago")
        #expect(statusLines(state).contains("updated 12 min ago"))

        // The next version drops the first talk.
        let dropped = try #require(schedule.talks.first)
        let source = try #require(schedule.sources.first)
        let next = Schedule.assemble([ScheduleFragment(source: source, sessions: schedule.sessions,
                                                       talks: Array(schedule.talks.dropFirst()))]).schedule
        refresher.finish(ScheduleRefresh(schedule: next, problems: []), age: "updated just now")
        poll(runner, &state)
        #expect(state.message?.text.hasPrefix("schedule updated: 1 change") == true, "\(String(describing: state.message))")
        #expect(state.schedule.talk(dropped.id)?.status == .cancelled)
        #expect(state.dataAge == "updated just now")
        #expect(statusLines(state).contains("updated just now"))
    }

    @Test func aFailedCheckKeepsTheScheduleAndNamesTheURL() {
        let refresher = FakeRefresher(age: "updated 2 h ago")
        var (runner, state) = browser(refresher)
        let problem = "http://127.0.0.1:9/schedule: the server answered 500 internal server error"
        refresher.finish(ScheduleRefresh(schedule: nil, problems: [problem]), age: "offline: copy from 2 h ago")
        poll(runner, &state)
        #expect(state.message == StatusMessage(problem, isError: true))
        #expect(state.schedule.talks.count == schedule.talks.count)
        #expect(statusLines(state).contains("offline: copy from 2 h ago"))
        #expect(statusLines(state).contains("http://127.0.0.1:9/schedule"))
    }

    @Test func withoutSourcesUSaysThereIsNothingToUpdate() {
        let services = BrowserServices(search: TitleWordSearch(schedule: schedule), bookmarks: nil)
        let runner = EffectRunner(services: services)
        var state = BrowserState(schedule: schedule, size: TerminalSize(columns: 160, rows: 45), bookmarks: .empty,
                                 userTimeZone: TimeZone(identifier: "UTC") ?? .current)
        runner.dispatch(.key(.character("U")), to: &state)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("not URLs") == true)
        #expect(runner.pollRefresh(in: state).isEmpty)
    }
}

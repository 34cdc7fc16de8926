import Foundation
@testable import LineupTUI

/// A terminal for driving the real `BrowserLoop` in tests: it replays a script of input and
/// keeps every frame drawn. Each read takes the next step; `.idle` answers "nothing came" as
/// a timeout would, so it ends a burst of keys. When the script is used up the terminal
/// counts as gone, which ends the loop (as a closed window does).
final class FakeTerminal: Terminal {
    enum Step {
        /// Input the terminal reports.
        case input(Action)
        /// Nothing arrives before the timeout.
        case idle
        /// Something happens outside while the loop waits (another process saves, the index
        /// gets ready); then nothing arrives before the timeout.
        case meanwhile(() -> Void)
    }

    private(set) var size: TerminalSize
    private var script: [Step]
    /// Every grid drawn, in order.
    private(set) var frames: [Grid] = []
    /// The timeout of every read, in order.
    private(set) var timeouts: [Int32] = []
    var pendingSignal: Int32?
    /// How often the program stopped itself (Ctrl-Z).
    private(set) var suspensions = 0

    init(size: TerminalSize = TerminalSize(columns: 160, rows: 45), script: [Step]) {
        self.size = size
        self.script = script
    }

    var inputIsGone: Bool { script.isEmpty }
    /// Steps the loop has not read.
    var unread: Int { script.count }
    var lastFrame: [String] { frames.last?.lines ?? [] }

    func nextEvent(timeout: Int32) -> Action? {
        timeouts.append(timeout)
        guard !script.isEmpty else { return nil }
        switch script.removeFirst() {
        case .input(let action):
            if case .resize(let newSize) = action { size = newSize }
            return action
        case .idle:
            return nil
        case .meanwhile(let body):
            body()
            return nil
        }
    }

    func draw(_ grid: Grid) {
        frames.append(grid)
    }

    func suspend() -> Bool {
        suspensions += 1
        return true
    }

    /// Every control sequence written outside the grid (OSC 52), in order.
    private(set) var sequences: [[UInt8]] = []

    func writeSequence(_ bytes: [UInt8]) {
        sequences.append(bytes)
    }
}

extension FakeTerminal.Step {
    static func key(_ key: Key) -> Self { .input(.key(key)) }
}

/// Each character of `text` as a key, as fast typing delivers them.
func typing(_ text: String) -> [FakeTerminal.Step] { text.map { .input(.key(.character($0))) } }

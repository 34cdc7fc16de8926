import Foundation
import XCTest

/// A program running in a detached tmux server of its own (a unique `-L` socket, so tests
/// never share one), driven with send-keys and read back with capture-pane.
///
/// The server runs with no status line (the pane is the whole window). The program runs
/// under `sh`, which writes its exit status to a file when it ends (tmux's own record of the
/// status is not reliable after a resize), and the pane stays open after it quits.
final class TmuxSession {
    let socket: String
    private let configPath: String
    private let statusPath: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (argv) in a `columns`×`rows` window with extra environment variables;
    /// XDG_CONFIG_HOME is a folder without a config file unless given (the user's own config
    /// file never changes a test).
    init(_ command: [String], columns: Int, rows: Int, environment: [String: String] = [:]) throws {
        socket = "lineup-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        configPath = NSTemporaryDirectory() + "/\(socket).conf"
        statusPath = NSTemporaryDirectory() + "/\(socket).status"
        try """
            set -g status off
            set -g default-terminal "tmux-256color"
            set -g escape-time 0
            """.write(toFile: configPath, atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": NSTemporaryDirectory() + "/\(socket)-no-config"].merging(environment) { $1 }
        let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let program = "env \(env) " + command.map(Self.quote).joined(separator: " ")
        let line = "\(program); echo $? > \(Self.quote(statusPath)).tmp; mv \(Self.quote(statusPath)).tmp \(Self.quote(statusPath)); exec sleep 600"
        try run(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", line])
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: configPath)
        try? FileManager.default.removeItem(atPath: statusPath)
    }

    /// The pane's text, one line per row, trailing spaces kept off.
    func capture() throws -> String {
        try run(["capture-pane", "-p"])
    }

    /// The pane with its colours and attributes as escape sequences.
    func captureWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e"])
    }

    /// tmux key names ("Down", "Enter", "C-c") or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys"] + (literal ? ["-l"] : []) + keys)
    }

    /// Pastes `text` as a terminal does: wrapped in bracketed-paste markers when the program
    /// turned that mode on, as bare keys otherwise; line breaks arrive as carriage returns.
    func paste(_ text: String) throws {
        try run(["set-buffer", "-b", "lineup-test", "--", text])
        try run(["paste-buffer", "-p", "-d", "-b", "lineup-test"])
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// A format variable of the pane: "pane_title", "pane_pid".
    func value(_ variable: String) throws -> String {
        try run(["display-message", "-p", "#{\(variable)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `predicate` holds on a settled screen (two captures 30 ms apart
    /// agree, so a frame caught half-written is never returned); fails with the last screen
    /// after `timeout`.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var previous: String?
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) {
                if screen == previous { return screen }
                previous = screen
            } else {
                previous = nil
            }
            usleep(30_000)
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 10) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the program to end and returns its exit status as the shell reports it
    /// (128 + the signal when a signal ended it).
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(30_000)
        }
        throw Failure(description: "the program did not exit; the screen was:\n\(try capture())")
    }

    /// Ends the tmux server, closing the program's terminal as closing its window would.
    func closeTerminal() throws {
        try run(["kill-server"])
    }

    /// Whether the program is still running.
    var isRunning: Bool { !FileManager.default.fileExists(atPath: statusPath) }

    /// Runs one tmux command and returns what it printed. Output goes through a file, not a
    /// pipe (the server `new-session` starts inherits the client's descriptors, so a pipe would
    /// never close), and the client is reaped with waitpid.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "/\(socket)-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = [try Self.tmuxURL().path, "-L", socket, "-f", configPath] + arguments
        let status = try BuiltProducts.spawnAndWait(argv, output: outputPath)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)")
        }
        return output
    }

    static func tmuxURL() throws -> URL {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: directory + "/tmux") {
            return URL(fileURLWithPath: directory + "/tmux")
        }
        throw Failure(description: "tmux is not installed (`make test` installs it: apt-get install tmux)")
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

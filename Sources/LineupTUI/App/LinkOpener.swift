import Foundation
import LineupModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a web link in the user's browser: the first command of `$BROWSER` (a colon-separated
/// list, as the convention has it), else the configured command, else `xdg-open` (`open` on
/// macOS). The program is started directly with the link as one argument of its own, never
/// through a shell, so nothing in a link can run commands; its input and output are
/// /dev/null (it cannot draw over the browser) and Lineup does not wait for it.
public struct LinkOpener: Sendable {
    /// The program and its leading arguments; the link replaces a `%s` among them, or is
    /// appended.
    public var command: [String]

    public static var systemDefault: [String] {
        #if os(macOS)
        return ["open"]
        #else
        return ["xdg-open"]
        #endif
    }

    public init(command: [String]) {
        self.command = command
    }

    /// `$BROWSER`'s first command (split at spaces), else `configured`, else the system's.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, configured: [String]? = nil) {
        let browser = environment["BROWSER"]?.split(separator: ":").first
            .map { $0.split(separator: " ").map(String.init) } ?? []
        if !browser.isEmpty {
            command = browser
        } else if let configured, !configured.isEmpty {
            command = configured
        } else {
            command = Self.systemDefault
        }
    }

    /// The arguments the program gets for `link`.
    public func arguments(for link: String) -> [String] {
        command.contains("%s") ? command.map { $0 == "%s" ? link : $0 } : command + [link]
    }

    /// Starts the browser on `link`, which must be a web link (`WebLink.check`). Returns once
    /// the program started; throws when the link is refused or the program cannot start.
    public func open(_ link: String) throws(LinkError) {
        try WebLink.check(link)
        try Self.spawn(arguments(for: link))
    }

    /// posix_spawnp with standard input and output on /dev/null, in a process group of its own
    /// (keys sent to the terminal do not reach it), reaped by a thread when it ends.
    private static func spawn(_ arguments: [String]) throws(LinkError) {
        guard let program = arguments.first else { throw LinkError("no browser command") }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw LinkError("cannot start \(TerminalText.sanitize(program)): \(String(cString: strerror(status)))")
        }
        let child = pid
        Thread.detachNewThread {
            var ignored: Int32 = 0
            _ = waitpid(child, &ignored, 0)
        }
    }
}

/// Why a link was not opened.
public struct LinkError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Which links Lineup hands to a browser or the clipboard: http and https only.
public enum WebLink {
    /// Throws unless `link` starts with http:// or https:// (in any case) and holds no control
    /// characters; other schemes (file:, javascript:, a program's own) are refused.
    public static func check(_ link: String) throws(LinkError) {
        let lower = link.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw LinkError("not an http(s) link, not opened: \(TerminalText.sanitize(link))")
        }
        guard !link.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            throw LinkError("the link holds control characters, not opened")
        }
    }
}

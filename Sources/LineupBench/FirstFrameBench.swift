import Foundation

/// Launch to first frame: `lineup` opened on the shipped Data/ in a pseudo-terminal of
/// 160x45, timed from spawn until the last text of its first frame (the query line's hint)
/// has been written to the terminal. This is what a person waits for after pressing Enter.
enum FirstFrameBench {
    /// The end of the first frame: the query line's hint, drawn last.
    static let marker = Array("after:13:00".utf8)

    /// Seconds per launch, `runs` launches.
    static func run(lineup: String, runs: Int) throws -> [Double] {
        try (0..<runs).map { _ in try launchOnce(lineup) }
    }

    private static func launchOnce(_ lineup: String) throws -> Double {
        let master = PseudoTerminal.open(O_RDWR | O_NOCTTY)
        guard master >= 0, PseudoTerminal.grant(master) == 0, PseudoTerminal.unlock(master) == 0,
              let name = PseudoTerminal.name(master) else {
            throw BenchError("no pseudo-terminal for the first-frame run: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        let terminal = String(cString: name)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, terminal, O_RDWR, 0)
        }
        let bookmarks = NSTemporaryDirectory() + "lineup-bench-first-frame-\(getpid()).json"
        defer { unlink(bookmarks) }
        // LINES and COLUMNS give curses the size a window would (a fresh pty has none).
        var environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "LINES=45", "COLUMNS=160", "LINEUP_BOOKMARKS=\(bookmarks)"]
        if FileManager.default.fileExists(atPath: "Data/manifest.json") {
            environment.append("LINEUP_DATA=\(FileManager.default.currentDirectoryPath)/Data")
        }
        let argv = [strdup(lineup)] + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = Measure.now()
        let spawned = posix_spawn(&pid, lineup, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(lineup): \(String(cString: strerror(spawned)))") }
        defer {
            kill(pid, SIGTERM)
            drain(master)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var watch = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&watch, 1, 5000) > 0 else { throw BenchError("lineup drew no first frame within 5 s") }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { throw BenchError("lineup's terminal closed before its first frame") }
            let searchFrom = max(0, seen.count - marker.count)
            seen += buffer[..<count]
            if contains(marker, in: seen, from: searchFrom) { break }
        }
        return Measure.now() - start
    }

    /// Reads what the program still writes (restoring the terminal) so it never blocks.
    private static func drain(_ master: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var watch = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while poll(&watch, 1, 1000) > 0, read(master, &buffer, buffer.count) > 0 {}
    }
}

private func contains(_ part: [UInt8], in bytes: [UInt8], from start: Int) -> Bool {
    guard bytes.count - start >= part.count else { return false }
    return (start...(bytes.count - part.count)).contains { bytes[$0..<$0 + part.count].elementsEqual(part) }
}

/// The C library's pseudo-terminal calls, which Swift's Glibc module leaves out (they sit
/// behind _XOPEN_SOURCE), looked up by name once.
private enum PseudoTerminal {
    typealias DescriptorCall = @convention(c) (Int32) -> Int32
    typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static let open: DescriptorCall = lookUp("posix_openpt")
    static let grant: DescriptorCall = lookUp("grantpt")
    static let unlock: DescriptorCall = lookUp("unlockpt")
    static let name: NameCall = lookUp("ptsname")

    private static func lookUp<Call>(_ symbol: String) -> Call {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), symbol) else {
            fatalError("the C library has no \(symbol)")
        }
        return unsafeBitCast(address, to: Call.self)
    }
}

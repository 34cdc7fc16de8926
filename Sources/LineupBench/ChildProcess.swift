import Foundation

/// Runs a program to completion with stdin and stdout redirected to files, and reports its
/// wall time and peak resident memory (from `wait4`'s rusage).
struct ChildProcess {
    struct Outcome {
        let status: Int32
        let seconds: Double
        /// Peak resident set of the child in kB.
        let peakRSSKB: Int
        let output: String
        let errorOutput: String
    }

    let executable: String
    let arguments: [String]
    var standardInput: String = "/dev/null"
    /// Variables set for the child on top of this process's environment.
    var environment: [String: String] = [:]

    func run() throws -> Outcome {
        let directory = NSTemporaryDirectory()
        let outPath = directory + "lineup-bench-\(getpid())-out"
        let errPath = directory + "lineup-bench-\(getpid())-err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Measure.now()
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Measure.now() - start
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(
            status: exit, seconds: seconds, peakRSSKB: Int(usage.ru_maxrss),
            output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            errorOutput: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import Foundation
import XCTest

/// Another installed program run to check Lineup's output (calcurse, Python). `make test`
/// installs them; a missing one fails the test with that advice rather than skipping it.
func runProgram(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> LineupBinary.Result {
    guard FileManager.default.isExecutableFile(atPath: executable) else {
        XCTFail("\(executable) is not installed; `make test` installs it")
        throw CocoaError(.fileNoSuchFile)
    }
    return try RunningProgram(executable, arguments, environment: environment).finish()
}

/// A started process whose output is collected on background threads, so a full pipe never
/// blocks it and its standard error can be watched while it runs.
final class RunningProgram: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = Data(), error = Data()
    private let drained = DispatchGroup()

    init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        collect(outputPipe.fileHandleForReading) { self.output.append($0) }
        collect(errorPipe.fileHandleForReading) { self.error.append($0) }
        try process.run()
    }

    private func collect(_ handle: FileHandle, _ append: @escaping @Sendable (Data) -> Void) {
        drained.enter()
        Thread.detachNewThread { [self] in
            while case let chunk = handle.availableData, !chunk.isEmpty {
                lock.lock(); append(chunk); lock.unlock()
            }
            drained.leave()
        }
    }

    var errorSoFar: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: error, as: UTF8.self)
    }

    /// Waits until standard error holds `text` or the process ends; true when it appeared.
    func waitForError(containing text: String, timeout: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if errorSoFar.contains(text) { return true }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return errorSoFar.contains(text)
    }

    func kill() { Foundation.kill(process.processIdentifier, SIGKILL) }

    func finish() -> LineupBinary.Result {
        process.waitUntilExit()
        drained.wait()
        lock.lock(); defer { lock.unlock() }
        return LineupBinary.Result(status: process.terminationStatus,
                                   stdout: String(decoding: output, as: UTF8.self),
                                   stderr: String(decoding: error, as: UTF8.self))
    }
}

import Foundation

/// A pause between writing a file's new contents and renaming them into place, so end-to-end
/// tests can kill the process exactly there and check that the last good file survives.
///
/// Set `LINEUP_TEST_PAUSE_BEFORE_RENAME=SECONDS`: before each atomic rename the command prints
/// "lineup: paused before rename of TEMPORARY-PATH" on standard error and sleeps that long.
/// Only the executable reads the variable; the library takes the hook as a parameter.
enum CrashTestSeam {
    static let variable = "LINEUP_TEST_PAUSE_BEFORE_RENAME"

    static func fromEnvironment(_ environment: [String: String]) -> (@Sendable (String) throws -> Void)? {
        guard let text = environment[variable], let seconds = Double(text), seconds > 0 else { return nil }
        return { temporary in
            FileHandle.standardError.write(Data("lineup: paused before rename of \(temporary)\n".utf8))
            Thread.sleep(forTimeInterval: seconds)
        }
    }
}

import Foundation
import LineupModel

/// Writing to standard output and standard error. Text from data must already be sanitized
/// (the formatters do it); diagnostics are sanitized here.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            error(TerminalText.sanitize(diagnostic.description))
        }
    }
}

/// A failure the user can act on: ArgumentParser prints "Error: <message>" on standard error
/// and exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

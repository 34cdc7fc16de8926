import LineupFiles
import Foundation
import LineupAgenda
import LineupModel

/// Writing to standard output and standard error. Text from data must already be sanitized
/// (the formatters do it); diagnostics are sanitized here.
///
/// Output goes straight to the descriptor (no buffer), and a failed write (a full disk,
/// `> /dev/full`, a closed pipe) throws `FileError.cannotWrite` naming standard output, which
/// ends the command with that one line and exit status 1.
enum Console {
    static func output(_ text: String) throws {
        try write(text + "\n")
    }

    /// `text` as it is, without a line end added.
    static func write(_ text: String) throws {
        try OutputFile.write(Array(text.utf8), to: "-", replacingExisting: true)
    }

    /// A message on standard error. When even that cannot be written there is nowhere left to
    /// say so: it is dropped, and the exit status still tells.
    static func error(_ text: String) {
        try? OutputFile.write(Array((text + "\n").utf8), to: "/dev/stderr", replacingExisting: true)
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

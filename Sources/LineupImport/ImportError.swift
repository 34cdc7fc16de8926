import LineupModel

/// Why a whole file could not be imported. Problems inside a file that still imports are
/// `Diagnostic` warnings or errors instead; this is for files nothing can be read from.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case unreadable(String)
        case notARegularFile
        /// A symbolic link (or a chain of them) that leads nowhere.
        case danglingSymbolicLink
        /// A chain of symbolic links that goes round.
        case symbolicLinkLoop
        case tooLarge(bytes: Int, limit: Int)
        case empty
        case binary
        case invalidUTF8(byteOffset: Int)
        case lineTooLong(bytes: Int, limit: Int)
        case unknownFormat
        case invalidSchedule(String)
    }

    /// The path as the user gave it.
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    public var reason: Reason

    public init(file: String, line: Int? = nil, _ reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var message: String {
        switch reason {
        case .unreadable(let why): return "cannot read the file: \(why)"
        case .notARegularFile: return "not a regular file, a directory or a pipe"
        case .danglingSymbolicLink: return "a symbolic link to nothing (its target does not exist)"
        case .symbolicLinkLoop: return "a loop of symbolic links"
        case .tooLarge(let bytes, let limit):
            return "the file is too large (\(bytes) bytes; the limit is \(limit))"
        case .empty: return "the file is empty"
        case .binary: return "the file is binary (it holds NUL bytes), not text"
        case .invalidUTF8(let offset): return "the file is not valid UTF-8 (byte \(offset))"
        case .lineTooLong(let bytes, let limit):
            return "the line is too long (\(bytes) bytes; the limit is \(limit))"
        case .unknownFormat:
            return "not a schedule Lineup reads (a session page, a Daily Papers listing, frab XML or JSON, "
                + "iCalendar, Sessionize, MiniConf or a Lineup JSON schedule)"
        case .invalidSchedule(let why): return "not a valid Lineup JSON schedule: \(why)"
        }
    }

    /// The error as a diagnostic of severity `.error`.
    public var diagnostic: Diagnostic { Diagnostic(.error, file: file, line: line, message) }

    public var description: String { diagnostic.description }
}

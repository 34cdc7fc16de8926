/// A file operation of this module that failed, naming the file and saying why.
///
/// `description` is the message for people: "/home/ana/.local/share/lineup/bookmarks.json:
/// cannot write: Permission denied".
public enum FileError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotLock(path: String, reason: String)
    /// A corrupt file could not be moved out of the way, so nothing was written over it.
    case cannotMoveAside(path: String, reason: String)
    /// The file was written by a newer Lineup; it is left untouched rather than rewritten in an
    /// older schema that would drop what the newer one stored.
    case newerSchema(path: String, version: Int, supported: Int)
    /// A pipe, a device, a directory or a socket where a regular file is needed; `kind` says
    /// which ("a character device"). Left as it is.
    case notARegularFile(path: String, kind: String)
    /// Larger than `limit` bytes, the most the file may hold; left as it is.
    case tooLarge(path: String, limit: Int)
    /// An output that would replace an existing file, which the user did not allow.
    case alreadyExists(path: String)
    /// An output that would replace a file Lineup reads (`role`: "the bookmark file").
    case protected(path: String, role: String)

    public var path: String {
        switch self {
        case .cannotRead(let path, _), .cannotWrite(let path, _), .cannotLock(let path, _),
             .cannotMoveAside(let path, _), .newerSchema(let path, _, _), .notARegularFile(let path, _),
             .tooLarge(let path, _), .alreadyExists(let path), .protected(let path, _):
            return path
        }
    }

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): return "\(path): cannot read: \(reason)"
        case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason)"
        case .cannotLock(let path, let reason): return "\(path): cannot lock: \(reason)"
        case .cannotMoveAside(let path, let reason):
            return "\(path): does not parse and cannot be moved aside (\(reason)); it was left as it is and nothing was saved"
        case .newerSchema(let path, let version, let supported):
            return "\(path): written by a newer Lineup (bookmark schema version \(version); this one reads up to \(supported)); left untouched"
        case .notARegularFile(let path, let kind):
            return "\(path): is \(kind), not a regular file; left as it is"
        case .tooLarge(let path, let limit):
            return "\(path): is larger than \(limit >> 20) MB, more than it may hold; left as it is"
        case .alreadyExists(let path):
            return "\(path): exists already; not replaced"
        case .protected(let path, let role):
            return "\(path): is \(role), which an export never replaces"
        }
    }
}

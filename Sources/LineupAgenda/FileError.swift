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

    public var path: String {
        switch self {
        case .cannotRead(let path, _), .cannotWrite(let path, _), .cannotLock(let path, _),
             .cannotMoveAside(let path, _), .newerSchema(let path, _, _):
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
        }
    }
}

import Foundation

/// A file an output must never replace, even when told to replace what exists: the files
/// Lineup reads its bookmarks, friends' picks and data from.
public struct ProtectedFile: Hashable, Sendable {
    public enum Role: Hashable, Sendable, CustomStringConvertible {
        case bookmarks, friendsPicks, data

        public var description: String {
            switch self {
            case .bookmarks: return "the bookmark file"
            case .friendsPicks: return "the friends' picks file"
            case .data: return "a loaded data file"
            }
        }
    }

    public var path: String
    public var role: Role

    public init(path: String, role: Role) {
        self.path = path
        self.role = role
    }

    /// True when `other` leads to this file: the same device and inode when both exist, else
    /// the same absolute path once symbolic links are followed (an export must not create the
    /// bookmark file that does not exist yet either).
    package func isSameFile(as other: String) -> Bool {
        var mine = stat(), theirs = stat()
        if stat(path, &mine) == 0, stat(other, &theirs) == 0 {
            return mine.st_dev == theirs.st_dev && mine.st_ino == theirs.st_ino
        }
        return Self.canonical(path) == Self.canonical(other)
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: AtomicFile.resolvingSymbolicLink(path)).standardizedFileURL.path
    }
}

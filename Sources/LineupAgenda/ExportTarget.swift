#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The files an export must never write over, and the check an export path passes before
/// anything is written (issue 11, rule 2): an export never replaces the bookmark file or a
/// loaded data file, even when asked to, and replaces any other existing file only when the
/// user said so (`--force`, or "y" in the browser's prompt).
///
/// Files are compared by identity (device and inode, so a symbolic link or another spelling of
/// the path is caught) and, for files that do not exist yet, by their absolute path with links
/// resolved (an export must not create the bookmark file either).
public struct ExportTarget: Sendable {
    /// The bookmark file in use, if any.
    public var bookmarkFile: String?
    /// The `--data` paths as given: files, or directories whose files (at any depth) were loaded.
    public var dataPaths: [String]

    public init(bookmarkFile: String?, dataPaths: [String]) {
        self.bookmarkFile = bookmarkFile
        self.dataPaths = dataPaths
    }

    /// Why an export path was refused.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// The path is the bookmark file: exporting would destroy the bookmarks.
        case bookmarkFile(path: String)
        /// The path is a data file that was loaded (`dataPath` is the `--data` argument that holds it).
        case dataFile(path: String, dataPath: String)
        /// A file is there and replacing it was not allowed.
        case exists(path: String)

        public var path: String {
            switch self {
            case .bookmarkFile(let path), .dataFile(let path, _), .exists(let path): return path
            }
        }

        public var description: String {
            switch self {
            case .bookmarkFile(let path):
                return "\(path) is the bookmark file; an export never replaces it (choose another name)"
            case .dataFile(let path, let dataPath):
                return path == dataPath
                    ? "\(path) is a loaded data file; an export never replaces it (choose another name)"
                    : "\(path) is a loaded data file (in \(dataPath)); an export never replaces it (choose another name)"
            case .exists(let path):
                return "\(path) exists; replace it with --force"
            }
        }
    }

    /// Checks that an export may write to `path`; throws the `Refusal` otherwise. With
    /// `replacing` false, an existing file (or anything else at `path`) is refused as
    /// `.exists`. A `stat` or two per protected path; reads no contents.
    public func check(_ path: String, replacing: Bool) throws {
        let target = Self.identity(of: path)
        let absolute = Self.absolute(path)
        if let bookmarkFile {
            if let target, target == Self.identity(of: bookmarkFile) { throw Refusal.bookmarkFile(path: path) }
            if absolute == Self.absolute(bookmarkFile) { throw Refusal.bookmarkFile(path: path) }
        }
        for dataPath in dataPaths where dataPath != "-" {
            if let target, target == Self.identity(of: dataPath) { throw Refusal.dataFile(path: path, dataPath: dataPath) }
            let directory = Self.absolute(dataPath)
            if target != nil, Self.isDirectory(dataPath), absolute.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/") {
                throw Refusal.dataFile(path: path, dataPath: dataPath)
            }
        }
        if !replacing, Self.exists(path) { throw Refusal.exists(path: path) }
    }

    /// Device and inode of the file at `path` (links followed), nil when there is none.
    private static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The absolute path with `.`/`..` and symbolic links resolved as far as they exist.
    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

import LineupFiles
import Foundation
import LineupModel

/// The bookmark file: every change saved at once, never lost to a crash or a second process.
///
/// - Each operation holds an flock on `lockPath` (the file's path plus ".lock") for its whole
///   read-modify-write, so two processes (the browser and the CLI, two shells) or two store
///   values on two threads never lose each other's changes: each sees what the other saved.
/// - Saves go through `AtomicFile` (temporary file, fsync, rename, directory fsync): a process
///   killed at any instant leaves the previous good file or the new one.
/// - Reading (`load`, `stamp`) never creates, moves or locks anything, so it works in a
///   directory the user cannot write. Only changes take the lock (and create the lock file).
/// - A file that does not parse is never overwritten: a change renames it to
///   "bookmarks.json.corrupt-<UTC time>" first and reports the move in `BookmarkSet.notices`;
///   `load` only reports it. A file from a newer schema version is left alone and every
///   operation throws.
/// - Only a regular file (or a link to one) of at most `sizeLimit` bytes is a bookmark file: a
///   device, pipe or directory at the path is refused before anything is read, locked or
///   created (no lock file beside a device).
/// - The store knows nothing of the loaded schedule: a bookmark whose item is gone stays in
///   the file (`Agenda` reports it as missing).
///
/// Operations cost one small file read (and write); call them on every toggle. Use `stamp()`
/// to notice outside changes cheaply. Errors are `FileError`s naming the file.
public struct BookmarkStore: Sendable {
    /// 64 MiB: thousands of times any real bookmark file, small enough to read at once.
    public static let sizeLimit = 64 << 20

    public let path: String
    private let now: @Sendable () -> Date
    private let beforeRename: (@Sendable (String) throws -> Void)?

    /// - Parameters:
    ///   - now: the clock for `Bookmark.added` and corrupt-file names (tests fix it).
    ///   - beforeRename: passed to `AtomicFile.write` on every save; a seam for crash tests.
    public init(
        path: String, now: @escaping @Sendable () -> Date = { Date() },
        beforeRename: (@Sendable (String) throws -> Void)? = nil
    ) {
        self.path = path
        self.now = now
        self.beforeRename = beforeRename
    }

    /// The file itself, read and changed with the care described above.
    private var file: GuardedFile {
        GuardedFile(path: path, sizeLimit: Self.sizeLimit, now: now, beforeRename: beforeRename)
    }

    /// The lock file beside the bookmark file (beside a symbolic link's destination, so every
    /// path to the same file shares one lock).
    public var lockPath: String { file.lockPath }

    /// The bookmarks now in the file; empty when there is no file. Creates, moves and locks
    /// nothing: a file that does not parse reads as empty with an `.unreadableFile` notice.
    public func load() throws -> BookmarkSet {
        let (bookmarks, recovery, stamp) = try file.read(empty: [], decode: decode)
        return BookmarkSet(bookmarks: bookmarks, notices: notices(recovery), stamp: stamp)
    }

    /// Bookmarks `talks`. A talk already bookmarked keeps its `added` time and note (unless
    /// `note` is given; an empty or blank `note` clears it) and gets its current title and
    /// start. New ones go at the end.
    @discardableResult
    public func add(_ talks: [Talk], note: String? = nil) throws -> BookmarkSet {
        try modify { bookmarks in
            let date = now()
            for talk in talks {
                if let index = bookmarks.firstIndex(where: { $0.id == talk.id }) {
                    bookmarks[index].title = talk.title
                    bookmarks[index].start = talk.start
                    if let note { bookmarks[index].note = note }
                } else {
                    bookmarks.append(Bookmark(talk: talk, added: date, note: note))
                }
            }
        }
    }

    /// Adds the bookmarks whose ids are not bookmarked yet (someone else's, `lineup bookmark
    /// import --merge`), at the end, as added now and without their notes; the bookmarks you
    /// have are left as they are. Returns the set after and how many were added.
    public func merge(_ others: [Bookmark]) throws -> (set: BookmarkSet, added: Int) {
        var added = 0
        let set = try modify { bookmarks in
            var have = Set(bookmarks.map(\.id))
            let date = now()
            for other in others where have.insert(other.id).inserted {
                bookmarks.append(Bookmark(id: other.id, title: other.title, start: other.start, added: date))
                added += 1
            }
        }
        return (set, added)
    }

    /// Removes these ids; ids not bookmarked are ignored.
    @discardableResult
    public func remove(_ ids: [TalkID]) throws -> BookmarkSet {
        let removed = Set(ids)
        return try modify { bookmarks in bookmarks.removeAll { removed.contains($0.id) } }
    }

    /// Adds the talk if it is not bookmarked, removes it if it is, in one locked step (so the
    /// result is right even when another process changed the file since the caller looked).
    public func toggle(_ talk: Talk) throws -> (set: BookmarkSet, isBookmarked: Bool) {
        var isBookmarked = false
        let set = try modify { bookmarks in
            if let index = bookmarks.firstIndex(where: { $0.id == talk.id }) {
                bookmarks.remove(at: index)
            } else {
                bookmarks.append(Bookmark(talk: talk, added: now()))
                isBookmarked = true
            }
        }
        return (set, isBookmarked)
    }

    /// Sets or clears (nil or empty) the note of a bookmark; an id not bookmarked is ignored.
    @discardableResult
    public func setNote(_ note: String?, for id: TalkID) throws -> BookmarkSet {
        try modify { bookmarks in
            guard let index = bookmarks.firstIndex(where: { $0.id == id }) else { return }
            bookmarks[index].note = note
        }
    }

    /// Puts `bookmark` back as it was (title, start, date added, note), replacing the bookmark
    /// of its id if there is one: undoing a removal or a note change. A bookmark that is gone
    /// goes back before `next` (the one that followed it) when that is still there, else by
    /// its date added.
    @discardableResult
    public func restore(_ bookmark: Bookmark, before next: TalkID? = nil) throws -> BookmarkSet {
        try modify { bookmarks in
            if let index = bookmarks.firstIndex(where: { $0.id == bookmark.id }) {
                bookmarks[index] = bookmark
            } else {
                let index = next.flatMap { id in bookmarks.firstIndex { $0.id == id } }
                    ?? bookmarks.firstIndex { $0.added > bookmark.added } ?? bookmarks.endIndex
                bookmarks.insert(bookmark, at: index)
            }
        }
    }

    /// Moves bookmarks to the items' ids after a schedule update (`ScheduleChanges.renamedIDs`:
    /// old id -> new id, for items of formats without source ids whose derived id changed when
    /// they moved), keeping their date added and note. A bookmark whose new id is already
    /// bookmarked stays as it is. Saves only when a bookmark moved.
    @discardableResult
    public func follow(renamedIDs: [TalkID: TalkID]) throws -> BookmarkSet {
        guard !renamedIDs.isEmpty else { return try load() }
        return try modify { bookmarks in
            let present = Set(bookmarks.map(\.id))
            for index in bookmarks.indices {
                guard let new = renamedIDs[bookmarks[index].id], !present.contains(new) else { continue }
                bookmarks[index].id = new
            }
        }
    }

    /// The file's stamp now (one `stat`), nil when there is no file. Differs from a set's
    /// `stamp` exactly when the file was saved or replaced since that set was read.
    public func stamp() -> FileStamp? { FileStamp(path: path) }

    // MARK: Locked steps

    /// Reads, applies `change`, saves when it changed something: all under the lock.
    private func modify(_ change: (inout [Bookmark]) -> Void) throws -> BookmarkSet {
        let (bookmarks, recovery, stamp) = try file.modify(empty: [], decode: decode, encode: BookmarkFile.encode, change: change)
        return BookmarkSet(bookmarks: bookmarks, notices: notices(recovery), stamp: stamp)
    }

    private func notices(_ recovery: GuardedFile.Recovery?) -> [BookmarkNotice] {
        switch recovery {
        case nil: return []
        case .unreadable(let reason)?: return [.unreadableFile(path: path, reason: reason)]
        case .movedAside(let movedTo, let reason)?: return [.movedAsideCorruptFile(path: path, movedTo: movedTo, reason: reason)]
        }
    }

    /// The bookmarks in `bytes`, or why they do not parse; a newer schema throws.
    private func decode(_ bytes: [UInt8]) throws -> GuardedFile.Decoded<[Bookmark]> {
        switch BookmarkFile.decode(bytes) {
        case .bookmarks(let bookmarks):
            return .value(bookmarks)
        case .newerVersion(let version):
            throw FileError.newerSchema(path: path, version: version, supported: BookmarkFile.version)
        case .corrupt(let reason):
            return .unreadable(reason: reason)
        }
    }
}

import Foundation
import LineupFiles

/// The downloaded copies, in a directory (`$XDG_CACHE_HOME/lineup`): one subdirectory per URL
/// holding `entry.json` (a `CacheEntry`) and the kept bodies (`v1.body`, `v2.body`, …).
///
/// Writes are atomic (a complete file renamed into place, the entry last, so a reader never
/// sees an entry naming a body not yet written) and serialized between processes by a lock
/// file per URL. Nothing here fetches: a body is stored only after it was downloaded and read
/// as a schedule (`SourceUpdater`), so a failure never touches what is kept.
public struct SourceCache: Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The subdirectory for `url`: its host (letters, digits, dots and dashes kept) and a
    /// digest of the whole URL, e.g. "fahrplan.events.ccc.de-3f2a9c1d0b7e5a44".
    public func directory(for url: String) -> String {
        let host = URL(string: url)?.host ?? "source"
        let safe = String(host.unicodeScalars.map { scalar -> Character in
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
            return allowed ? Character(scalar) : "_"
        }.prefix(60))
        return joinPath(directory, "\(safe)-\(CacheVersion.digest(of: Array(url.utf8)))")
    }

    /// The entry for `url`, nil when nothing was ever stored. Throws when the entry exists but
    /// cannot be read (it is left as it is).
    public func entry(for url: String) throws(SourceStoreError) -> CacheEntry? {
        let path = joinPath(directory(for: url), "entry.json")
        let bytes: [UInt8]
        do {
            guard let read = try FileContents.readRegularFile(path, naming: path, limit: 16 << 20) else { return nil }
            bytes = read.bytes
        } catch {
            throw SourceStoreError(path: path, problem: "\(error)")
        }
        do {
            return try Self.decoder.decode(CacheEntry.self, from: Data(bytes))
        } catch {
            throw SourceStoreError(path: path, problem: "not a cache entry Lineup wrote (\(error.localizedDescription)); remove it to fetch again")
        }
    }

    /// The body of one kept version.
    public func body(of version: CacheVersion, for url: String) throws(SourceStoreError) -> [UInt8] {
        let path = joinPath(directory(for: url), version.file)
        do {
            guard let read = try FileContents.readRegularFile(path, naming: path, limit: Int.max) else {
                throw SourceStoreError(path: path, problem: "missing from the cache")
            }
            return read.bytes
        } catch let error as SourceStoreError {
            throw error
        } catch {
            throw SourceStoreError(path: path, problem: "\(error)")
        }
    }

    /// Records a downloaded body: a new version when it differs from the latest, else only the
    /// new validators and check time. Keeps the last `CacheEntry.keptVersions` versions.
    /// Returns the entry and the new version (nil when the body was the latest one).
    @discardableResult
    public func store(_ body: [UInt8], validators: HTTPValidators, for url: String,
                      at date: Date) throws(SourceStoreError) -> (entry: CacheEntry, added: CacheVersion?) {
        var added: CacheVersion?
        let entry = try update(url) { existing throws(SourceStoreError) in
            let digest = CacheVersion.digest(of: body)
            if var entry = existing, let latest = entry.latest, latest.digest == digest, latest.size == body.count,
               (try? self.body(of: latest, for: url)) == body {
                entry.validators = validators
                entry.checkedAt = date
                return (entry, [])
            }
            let number = (existing?.latest?.number ?? 0) + 1
            let version = CacheVersion(number: number, fetchedAt: date, file: "v\(number).body", size: body.count, digest: digest)
            try write(body, to: joinPath(directory(for: url), version.file))
            added = version
            var versions = (existing?.versions ?? []) + [version]
            let dropped = Array(versions.prefix(max(0, versions.count - CacheEntry.keptVersions)))
            versions.removeFirst(dropped.count)
            return (CacheEntry(url: url, validators: validators, checkedAt: date, versions: versions), dropped)
        }
        guard let entry else { throw SourceStoreError(path: directory(for: url), problem: "the entry was not written") }
        return (entry, added)
    }

    /// Records a 304: the latest body is still current as of `date`. Nil when nothing is kept.
    @discardableResult
    public func markChecked(_ url: String, at date: Date) throws(SourceStoreError) -> CacheEntry? {
        try update(url) { existing throws(SourceStoreError) in
            guard var entry = existing else { return (nil, []) }
            entry.checkedAt = date
            return (entry, [])
        }
    }

    /// Runs a read-modify-write of `url`'s entry under its lock: `change` gets the entry kept
    /// (nil when none) and returns the one to write (nil: write nothing) and the versions to
    /// delete, which are deleted after the entry no longer names them.
    private func update(_ url: String,
                        _ change: (CacheEntry?) throws(SourceStoreError) -> (CacheEntry?, [CacheVersion])) throws(SourceStoreError) -> CacheEntry? {
        let folder = directory(for: url)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SourceStoreError(path: folder, problem: "cannot create the directory (\(error.localizedDescription))")
        }
        let lockPath = joinPath(folder, "lock")
        do {
            return try FileLock.withLock(lockPath) { () throws -> CacheEntry? in
                let (entry, dropped) = try change(try self.entry(for: url))
                if let entry {
                    guard let encoded = try? Self.encoder.encode(entry) else {
                        throw SourceStoreError(path: folder, problem: "cannot encode the entry")
                    }
                    try write(Array(encoded), to: joinPath(folder, "entry.json"))
                }
                for version in dropped { unlink(joinPath(folder, version.file)) }
                return entry
            }
        } catch let error as SourceStoreError {
            throw error
        } catch {
            throw SourceStoreError(path: lockPath, problem: "\(error)")
        }
    }

    /// Writes `bytes` to `path` atomically; a failure names the path.
    func write(_ bytes: [UInt8], to path: String) throws(SourceStoreError) {
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw SourceStoreError(path: path, problem: "\(error)")
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}

/// A cache or source-list file that cannot be read or written; names the file.
public struct SourceStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}

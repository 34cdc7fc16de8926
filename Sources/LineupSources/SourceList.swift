import Foundation
import LineupFiles

/// A schedule the user subscribed to: a name to call it by and its URL.
public struct Subscription: Codable, Hashable, Sendable {
    public var name: String
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    /// The name a URL gets when the user gives none: its host ("fahrplan.events.ccc.de"), or
    /// "source" when it has none.
    public static func defaultName(for url: String) -> String {
        URL(string: url)?.host ?? "source"
    }
}

/// The subscriptions, kept in `sources.json` (`{"sources": [{"name", "url"}, ...]}`) in the
/// order they were added. Changes are atomic and serialized between processes by a lock file
/// beside it; a file that cannot be read is never overwritten.
public struct SourceList: Sendable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    private struct File: Codable {
        var sources: [Subscription]
    }

    /// The subscriptions; none when the file does not exist.
    public func load() throws(SourceStoreError) -> [Subscription] {
        let bytes: [UInt8]
        do {
            guard let read = try FileContents.readRegularFile(path, naming: path, limit: 16 << 20) else { return [] }
            bytes = read.bytes
        } catch {
            throw SourceStoreError(path: path, problem: "\(error)")
        }
        do {
            return try JSONDecoder().decode(File.self, from: Data(bytes)).sources
        } catch {
            throw SourceStoreError(path: path, problem: "not a source list (\(error.localizedDescription)); fix it or move it away")
        }
    }

    /// Adds a subscription. Refuses a name or URL already subscribed.
    @discardableResult
    public func add(_ subscription: Subscription) throws(SourceStoreError) -> [Subscription] {
        try change { sources throws(SourceStoreError) in
            if let same = sources.first(where: { $0.name == subscription.name }) {
                throw SourceStoreError(path: path, problem: "a source named \"\(same.name)\" exists already (\(same.url)); choose another --name")
            }
            if let same = sources.first(where: { $0.url == subscription.url }) {
                throw SourceStoreError(path: path, problem: "\(subscription.url) is subscribed already as \"\(same.name)\"")
            }
            sources.append(subscription)
        }
    }

    /// Removes the subscription named `name` (or with that URL) and returns it; nil when there is none.
    public func remove(_ name: String) throws(SourceStoreError) -> Subscription? {
        var removed: Subscription?
        _ = try change { sources in
            guard let index = sources.firstIndex(where: { $0.name == name || $0.url == name }) else { return }
            removed = sources.remove(at: index)
        }
        return removed
    }

    private func change(_ body: (inout [Subscription]) throws(SourceStoreError) -> Void) throws(SourceStoreError) -> [Subscription] {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SourceStoreError(path: directory, problem: "cannot create the directory (\(error.localizedDescription))")
        }
        do {
            return try FileLock.withLock(path + ".lock") { () throws -> [Subscription] in
                var sources = try load()
                try body(&sources)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                guard let encoded = try? encoder.encode(File(sources: sources)) else {
                    throw SourceStoreError(path: path, problem: "cannot encode the list")
                }
                do {
                    try AtomicFile.write(Array(encoded) + [0x0A], to: path)
                } catch {
                    throw SourceStoreError(path: path, problem: "\(error)")
                }
                return sources
            }
        } catch let error as SourceStoreError {
            throw error
        } catch {
            throw SourceStoreError(path: path + ".lock", problem: "\(error)")
        }
    }
}

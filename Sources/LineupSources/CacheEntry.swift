import Foundation

/// What the cache knows about one URL: the validators of the latest body, when the server was
/// last asked, and the versions kept (oldest first, at most `CacheEntry.keptVersions`).
/// Stored as `entry.json` in the URL's directory of the cache.
public struct CacheEntry: Codable, Hashable, Sendable {
    /// Versions kept per source; older ones are deleted when a new one arrives.
    public static let keptVersions = 20

    public var url: String
    public var validators: HTTPValidators
    /// The last time the server answered with the current body or a 304: what "updated 12
    /// min ago" and the refresh interval count from.
    public var checkedAt: Date
    /// Oldest first; never empty in a stored entry.
    public var versions: [CacheVersion]

    public init(url: String, validators: HTTPValidators, checkedAt: Date, versions: [CacheVersion]) {
        self.url = url
        self.validators = validators
        self.checkedAt = checkedAt
        self.versions = versions
    }

    public var latest: CacheVersion? { versions.last }

    /// The version numbered `number`, if it is still kept.
    public func version(_ number: Int) -> CacheVersion? {
        versions.first { $0.number == number }
    }

    /// The version that was current at `date`: the last one fetched at or before it.
    public func version(currentAt date: Date) -> CacheVersion? {
        versions.last { $0.fetchedAt <= date }
    }
}

/// One body as it was downloaded. Numbers count up from 1 per source and are never reused.
public struct CacheVersion: Codable, Hashable, Sendable {
    public var number: Int
    public var fetchedAt: Date
    /// The body's file name in the source's directory ("v3.body").
    public var file: String
    /// Bytes.
    public var size: Int
    /// FNV-1a of the body, to tell an unchanged body without reading the old one.
    public var digest: String

    public init(number: Int, fetchedAt: Date, file: String, size: Int, digest: String) {
        self.number = number
        self.fetchedAt = fetchedAt
        self.file = file
        self.size = size
        self.digest = digest
    }

    /// FNV-1a (64 bits) of `bytes` in hexadecimal. Not cryptographic: it only tells bodies apart.
    public static func digest(of bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

import Foundation
import LineupFiles

/// The version of a source the browser last opened, so the next browser marks what changed
/// since, even when the change was fetched from the shell (`lineup update`) in between.
///
/// Kept as `browsed.json` ({"version": N}) beside the source's `entry.json`, apart from it so
/// that marking never rewrites the entry the updater owns. A missing or unreadable record
/// reads as "never browsed" (nothing is marked); it holds no data of the user's.
extension SourceCache {
    private struct BrowsedRecord: Codable {
        var version: Int
    }

    /// The version number the browser last opened for `url`, nil when never recorded.
    public func browsedVersion(for url: String) -> Int? {
        let path = joinPath(directory(for: url), "browsed.json")
        guard let read = try? FileContents.readRegularFile(path, naming: path, limit: 4096),
              let record = try? Self.decoder.decode(BrowsedRecord.self, from: Data(read.bytes)) else { return nil }
        return record.version
    }

    /// Records that the browser showed version `number` of `url`.
    public func markBrowsed(_ url: String, version number: Int) throws(SourceStoreError) {
        let path = joinPath(directory(for: url), "browsed.json")
        guard let encoded = try? Self.encoder.encode(BrowsedRecord(version: number)) else {
            throw SourceStoreError(path: path, problem: "cannot encode the record")
        }
        try write(Array(encoded), to: path)
    }
}

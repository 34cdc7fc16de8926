import Foundation

/// Data/manifest.json: what each shipped file is, since pages leave out their conference and
/// year. `{"version": 1, "sources": [{"file": "...", "name": "ICML 2022", "year": 2022}]}`; an
/// entry's `"timezone": "Europe/Brussels"` pins the file's floating times to that zone.
/// A directory without one still loads, with names and years inferred.
public struct DataManifest: Codable, Hashable, Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        /// The file name inside the manifest's directory.
        public var file: String
        public var name: String?
        public var year: Int?
        /// The IANA zone the file's floating times are in ("Europe/Brussels"), if given.
        public var timezone: String?

        public init(file: String, name: String? = nil, year: Int? = nil, timezone: String? = nil) {
            self.file = file
            self.name = name
            self.year = year
            self.timezone = timezone
        }
    }

    public static let fileName = "manifest.json"
    public static let currentVersion = 1

    public var version: Int
    public var sources: [Entry]

    public init(version: Int = currentVersion, sources: [Entry]) {
        self.version = version
        self.sources = sources
    }

    public func entry(forFile fileName: String) -> Entry? {
        sources.first { $0.file == fileName }
    }

    /// Decodes a manifest; a newer version or a bad document is an `ImportError` naming `path`.
    public static func decode(_ bytes: [UInt8], path: String) throws(ImportError) -> DataManifest {
        let manifest: DataManifest
        do {
            manifest = try JSONDecoder().decode(DataManifest.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw ImportError(file: path, .invalidSchedule("bad manifest: \(NativeScheduleFormat.describe(error))"))
        } catch {
            throw ImportError(file: path, .invalidSchedule("bad manifest: \(error)"))
        }
        guard manifest.version <= currentVersion else {
            throw ImportError(file: path, .invalidSchedule("manifest version \(manifest.version) is newer than \(currentVersion)"))
        }
        if let entry = manifest.sources.first(where: { $0.year.map { !ImportContext.supportedYears.contains($0) } ?? false }) {
            throw ImportError(file: path, .invalidSchedule("bad manifest: the year of \"\(entry.file)\" is not between 1 and 9999"))
        }
        if let entry = manifest.sources.first(where: { $0.timezone.map { TimeZone(identifier: $0) == nil } ?? false }) {
            throw ImportError(file: path, .invalidSchedule(
                "bad manifest: the timezone \"\(entry.timezone ?? "")\" of \"\(entry.file)\" is not a known zone"))
        }
        return manifest
    }
}

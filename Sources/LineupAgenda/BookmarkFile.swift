import Foundation

/// The bookmark file's format, version 1. A UTF-8 JSON object:
///
/// ```json
/// {
///   "bookmarks" : [
///     {
///       "added" : "2024-05-01T09:30:00Z",
///       "id" : "t3f2a9c0d1e4b5a67",
///       "note" : null,
///       "start" : "2022-07-19T18:00:00Z",
///       "title" : "Monarch: Expressive Structured Matrices for Efficient and Accurate Training"
///     }
///   ],
///   "format" : "lineup-bookmarks",
///   "version" : 1
/// }
/// ```
///
/// - `format` is always "lineup-bookmarks"; `version` is an integer, raised whenever a
///   reader of the old version would misread or drop something.
/// - `bookmarks` in the order they were added. `id` (required, non-empty) is the item id of
///   `lineup list --json`; `title` (required) and `start` (ISO 8601 UTC instant, or null
///   for listed papers) are copied from the item so the file reads on its own; `added`
///   (required) is when it was bookmarked; `note` is the user's text or null.
/// - Keys are written sorted, two-space indented, so the file diffs well. Unknown keys are
///   ignored on reading and not written back. A repeated id keeps its first entry.
/// - An empty (or all-whitespace) file means no bookmarks.
public enum BookmarkFile {
    public static let formatName = "lineup-bookmarks"
    public static let version = 1

    public enum Contents: Equatable {
        case bookmarks([Bookmark])
        /// Not a bookmark file of any version this code understands; `reason` says why.
        case corrupt(reason: String)
        case newerVersion(Int)
    }

    public static func decode(_ bytes: [UInt8]) -> Contents {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .bookmarks([])
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) else {
            return .corrupt(reason: String(bytes: bytes, encoding: .utf8) == nil ? "not UTF-8 text" : "not valid JSON")
        }
        guard let header = object as? [String: Any] else {
            return .corrupt(reason: "not a JSON object")
        }
        guard header["format"] as? String == formatName else {
            return .corrupt(reason: "\"format\" is not \"\(formatName)\"")
        }
        guard let number = header["version"] as? NSNumber, let version = Int(exactly: number.doubleValue),
              version >= 1 else {
            return .corrupt(reason: "\"version\" is not a positive integer")
        }
        if version > self.version { return .newerVersion(version) }
        do {
            let file = try JSONDecoder().decode(Body.self, from: Data(bytes))
            var seen: Set<String> = []
            return .bookmarks(file.bookmarks.filter { seen.insert($0.id.rawValue).inserted })
        } catch let error as DecodingError {
            return .corrupt(reason: describe(error))
        } catch {
            return .corrupt(reason: "\(error)")
        }
    }

    public static func encode(_ bookmarks: [Bookmark]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let body = Body(format: formatName, version: version, bookmarks: bookmarks)
        // Encoding strings, dates as strings and integers cannot fail.
        guard let data = try? encoder.encode(body) else { return [] }
        return Array(data) + [0x0A]
    }

    private struct Body: Codable {
        var format: String
        var version: Int
        var bookmarks: [Bookmark]
    }

    /// "bookmarks[3].added: expected an instant like …" rather than Foundation's dump.
    private static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
                .joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = place(context.codingPath)
            return "\(parent.isEmpty ? "" : parent + ": ")missing \"\(key.stringValue)\""
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(place(context.codingPath)): expected \(type == String.self ? "a string" : "\(type)")"
        case .dataCorrupted(let context):
            let at = place(context.codingPath)
            return at.isEmpty ? context.debugDescription : "\(at): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

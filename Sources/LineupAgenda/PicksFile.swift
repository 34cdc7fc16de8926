import Foundation

/// The friends' picks file, version 1: a UTF-8 JSON object, keys sorted, two-space indented.
///
/// ```json
/// {
///   "format" : "lineup-picks",
///   "friends" : [
///     {
///       "imported" : "2024-05-01T09:30:00Z",
///       "name" : "Ana",
///       "picks" : [ { "added" : "…", "id" : "t…", "note" : null, "start" : "…", "title" : "…" } ],
///       "source" : "ana-bookmarks.json"
///     }
///   ],
///   "version" : 1
/// }
/// ```
///
/// Each friend's `picks` are bookmarks in the bookmark file's shape (`BookmarkFile`). Friends
/// are in the order they were first imported; a name appears once (without regard to case).
public enum PicksFile {
    public static let formatName = "lineup-picks"
    public static let version = 1

    public enum Contents: Equatable {
        case friends([FriendPicks])
        case corrupt(reason: String)
        case newerVersion(Int)
    }

    public static func decode(_ bytes: [UInt8]) -> Contents {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .friends([]) }
        guard let header = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            return .corrupt(reason: "not a JSON object")
        }
        guard header["format"] as? String == formatName else {
            return .corrupt(reason: "\"format\" is not \"\(formatName)\"")
        }
        guard let number = header["version"] as? NSNumber, let version = Int(exactly: number.doubleValue), version >= 1 else {
            return .corrupt(reason: "\"version\" is not a positive integer")
        }
        if version > self.version { return .newerVersion(version) }
        do {
            let body = try JSONDecoder().decode(Body.self, from: Data(bytes))
            var seen: Set<String> = []
            return .friends(body.friends.filter { seen.insert($0.key).inserted })
        } catch {
            return .corrupt(reason: "\(error)")
        }
    }

    public static func encode(_ friends: [FriendPicks]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Body(format: formatName, version: version, friends: friends)) else { return [] }
        return Array(data) + [0x0A]
    }

    private struct Body: Codable {
        var format: String
        var version: Int
        var friends: [FriendPicks]
    }
}

/// Identifies a session (or a listing, which is one session of papers) across imports:
/// derived from its source's identity, not from the file name or position.
public struct SessionID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static func derive(_ parts: [String]) -> SessionID {
        var hasher = StableHasher()
        for part in parts {
            hasher.combine(part)
        }
        return SessionID("s" + hasher.hexDigest)
    }

    public init(from decoder: Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: SessionID, rhs: SessionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

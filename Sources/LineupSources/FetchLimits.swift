import Foundation

/// How long and how much a download may take. The defaults are the product's; tests and
/// the curious override them through the environment (`fromEnvironment`).
public struct FetchLimits: Hashable, Sendable {
    /// Seconds without a byte from the server (connecting included) before giving up.
    public var connectTimeout: TimeInterval
    /// Seconds the whole download may take.
    public var downloadTimeout: TimeInterval
    /// Bytes a body may have (after gzip is undone).
    public var sizeLimit: Int
    /// Redirects followed, each only to http or https.
    public var redirectLimit: Int

    public init(connectTimeout: TimeInterval = 10, downloadTimeout: TimeInterval = 60,
                sizeLimit: Int = 64 << 20, redirectLimit: Int = 5) {
        self.connectTimeout = connectTimeout
        self.downloadTimeout = downloadTimeout
        self.sizeLimit = sizeLimit
        self.redirectLimit = redirectLimit
    }

    /// The defaults, with `LINEUP_CONNECT_TIMEOUT` and `LINEUP_DOWNLOAD_TIMEOUT` (seconds) and
    /// `LINEUP_SIZE_LIMIT` (bytes) taking their place when set to a positive number.
    public static func fromEnvironment(_ environment: [String: String]) -> FetchLimits {
        var limits = FetchLimits()
        if let seconds = positive(environment["LINEUP_CONNECT_TIMEOUT"]) { limits.connectTimeout = seconds }
        if let seconds = positive(environment["LINEUP_DOWNLOAD_TIMEOUT"]) { limits.downloadTimeout = seconds }
        if let bytes = positive(environment["LINEUP_SIZE_LIMIT"]), bytes < Double(Int.max) { limits.sizeLimit = Int(bytes) }
        return limits
    }

    private static func positive(_ text: String?) -> Double? {
        guard let text, let value = Double(text), value > 0, value.isFinite else { return nil }
        return value
    }
}

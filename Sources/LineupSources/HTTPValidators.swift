/// What a server said about a body, for asking later whether it changed (a conditional GET:
/// If-None-Match with the ETag, If-Modified-Since with Last-Modified).
public struct HTTPValidators: Codable, Hashable, Sendable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}

/// What a fetch got.
public enum FetchOutcome: Hashable, Sendable {
    /// A body (gzip undone) and the validators that came with it.
    case downloaded(body: [UInt8], validators: HTTPValidators)
    /// 304: the copy the validators describe is still current.
    case notModified
}

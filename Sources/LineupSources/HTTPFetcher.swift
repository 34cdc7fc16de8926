import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads one URL with URLSession, within `FetchLimits`: redirects only to http(s) and at
/// most `redirectLimit`, a body no larger than `sizeLimit` (refused from its Content-Length
/// when it declares one, else stopped as soon as it grows past), gzip undone, a user agent
/// naming Lineup. Blocking: call it off the thread that draws.
public struct HTTPFetcher: Sendable {
    public var limits: FetchLimits
    /// "Lineup/0.1.0".
    public var userAgent: String

    public init(limits: FetchLimits = FetchLimits(), userAgent: String) {
        self.limits = limits
        self.userAgent = userAgent
    }

    /// GETs `url`, conditionally when `validators` has an ETag or a Last-Modified.
    public func fetch(_ url: String, validators: HTTPValidators = HTTPValidators()) throws(FetchError) -> FetchOutcome {
        guard let address = URL(string: url), let scheme = address.scheme?.lowercased(),
              scheme == "http" || scheme == "https", address.host != nil else {
            throw FetchError(url: url, .unsupportedScheme)
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.connectTimeout
        configuration.timeoutIntervalForResource = limits.downloadTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let download = Download(url: url, limits: limits)
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        defer { session.invalidateAndCancel() }

        var request = URLRequest(url: address, cachePolicy: .reloadIgnoringLocalCacheData,
                                 timeoutInterval: limits.connectTimeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = validators.lastModified {
            request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since")
        }
        let task = session.dataTask(with: request)
        task.resume()
        guard download.wait(seconds: limits.downloadTimeout) else {
            task.cancel()
            throw FetchError(url: url, .timedOut(seconds: limits.downloadTimeout))
        }
        return try download.outcome()
    }
}

/// One download's state, filled in by URLSession's delegate calls (on the session's own
/// queue) and read by the fetching thread after `done` is signalled; the lock guards both.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let url: String
    private let limits: FetchLimits
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var redirects = 0
    /// Set when this side stopped the download (too large, a refused redirect), so the
    /// cancellation error that follows is reported as the reason instead.
    private var failure: FetchError.Reason?
    private var systemError: (any Error)?

    init(url: String, limits: FetchLimits) {
        self.url = url
        self.limits = limits
    }

    /// False when the download did not end within `seconds`.
    func wait(seconds: TimeInterval) -> Bool {
        done.wait(timeout: .now() + seconds) == .success
    }

    func outcome() throws(FetchError) -> FetchOutcome {
        let (failure, systemError, response, body) = lock.withLock { (self.failure, self.systemError, self.response, self.body) }
        if let failure { throw FetchError(url: url, failure) }
        if let systemError { throw FetchError(url: url, Self.reason(for: systemError, limits: limits)) }
        guard let response else { throw FetchError(url: url, .network("no answer")) }
        switch response.statusCode {
        case 304:
            return .notModified
        case 200..<300:
            let validators = HTTPValidators(etag: response.value(forHTTPHeaderField: "ETag"),
                                            lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
            return .downloaded(body: body, validators: validators)
        default:
            throw FetchError(url: url, .status(response.statusCode))
        }
    }

    private static func reason(for error: any Error, limits: FetchLimits) -> FetchError.Reason {
        if let error = error as? URLError {
            switch error.code {
            case .timedOut: return .timedOut(seconds: limits.connectTimeout)
            case .httpTooManyRedirects: return .tooManyRedirects(limit: limits.redirectLimit)
            default: break
            }
        }
        return .network(error.localizedDescription)
    }

    private func stop(_ reason: FetchError.Reason, _ task: URLSessionTask) {
        lock.withLock { if failure == nil { failure = reason } }
        task.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        if response.expectedContentLength > Int64(limits.sizeLimit) {
            lock.withLock { failure = .tooLarge(limit: limits.sizeLimit) }
            completionHandler(.cancel)
            return
        }
        lock.withLock { self.response = response as? HTTPURLResponse }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge = lock.withLock { () -> Bool in
            guard body.count + data.count <= limits.sizeLimit else { return true }
            body.append(contentsOf: data)
            return false
        }
        if tooLarge { stop(.tooLarge(limit: limits.sizeLimit), dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        // The Location header itself: FoundationNetworking rewrites a non-http target into an
        // http URL on the same host, so `request.url` would hide a file:// redirect.
        let location = response.value(forHTTPHeaderField: "Location")
        let target = location.flatMap { URL(string: $0, relativeTo: response.url) } ?? request.url
        let scheme = target?.scheme?.lowercased()
        let count = lock.withLock { () -> Int in
            redirects += 1
            return redirects
        }
        // Declining (nil) ends the task with the redirect response itself; `failure` says
        // why. (Cancelling here as well would trap FoundationNetworking.)
        if scheme != "http" && scheme != "https" {
            lock.withLock { failure = .redirectRefused(to: location ?? target?.absoluteString ?? "an unreadable address") }
            completionHandler(nil)
        } else if count > limits.redirectLimit {
            lock.withLock { failure = .tooManyRedirects(limit: limits.redirectLimit) }
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock { systemError = error }
        done.signal()
    }
}

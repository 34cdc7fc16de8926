import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a source could not be refreshed. Its description names the URL, and says what
/// happened in words a user can act on.
public struct FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// Only http and https are fetched.
        case unsupportedScheme
        /// No byte for `seconds` (connecting included), or the whole download took longer.
        case timedOut(seconds: Double)
        /// The body is larger than the limit, in bytes.
        case tooLarge(limit: Int)
        /// The server answered with this HTTP status.
        case status(Int)
        /// A redirect to a place other than http(s).
        case redirectRefused(to: String)
        /// More redirects than the limit.
        case tooManyRedirects(limit: Int)
        /// DNS, TLS, a refused connection: the system's words.
        case network(String)
        /// The body arrived but is no schedule Lineup reads: the parser's words.
        case notASchedule(String)
    }

    public var url: String
    public var reason: Reason

    public init(url: String, _ reason: Reason) {
        self.url = url
        self.reason = reason
    }

    public var description: String { "\(url): \(reasonText)" }

    /// What happened, without the URL.
    public var reasonText: String {
        switch reason {
        case .unsupportedScheme: return "only http and https URLs can be fetched"
        case .timedOut(let seconds): return "timed out after \(Self.seconds(seconds)) s"
        case .tooLarge(let limit): return "the download is larger than the limit of \(Self.size(limit))"
        case .status(let code): return "the server answered \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
        case .redirectRefused(let target): return "refused a redirect to \(target) (only http and https are followed)"
        case .tooManyRedirects(let limit): return "more than \(limit) redirects"
        case .network(let message): return message
        case .notASchedule(let message): return "not a schedule Lineup can read (\(message)); the copy kept before is used"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }
}

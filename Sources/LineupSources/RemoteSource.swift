import LineupImport
import LineupModel

/// A schedule at a URL, with the name its items' `source` carries (the subscription's name,
/// or the URL's file name for `--data URL`), so items keep their ids from version to version.
public struct RemoteSource: Hashable, Sendable {
    public var name: String
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    /// True for what `--data` should fetch rather than open as a file.
    public static func isURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// A `--data URL` source: named after the last path component ("schedule.xml"), else the host.
    public init(url: String) {
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let afterHost = path.split(separator: "/", omittingEmptySubsequences: true).dropFirst(2)
        self.init(name: afterHost.last.map(String.init) ?? Subscription.defaultName(for: url), url: url)
    }

    /// One body of this source imported as a schedule's fragments; diagnostics name the URL.
    public func importBody(_ body: [UInt8], context: ImportContext) -> ImportedFile {
        var context = context
        context.fileName = name
        return ScheduleImporter.importFile(bytes: body, path: url, context: context)
    }

    /// The parser's complaint when `body` is no schedule at all (nothing imported and an
    /// error, or the format not recognised); nil when it can be used.
    public func problem(with body: [UInt8], context: ImportContext) -> String? {
        let imported = importBody(body, context: context)
        if let failure = imported.failure { return failure.line.map { "line \($0): " + failure.message } ?? failure.message }
        let talks = imported.fragments.reduce(0) { $0 + $1.talks.count }
        if talks == 0, let error = imported.diagnostics.first(where: { $0.severity == .error }) {
            return error.line.map { "line \($0): " + error.message } ?? error.message
        }
        return nil
    }
}

import Foundation

/// What a parser knows about a file besides its text: its name, what the manifest says about
/// it, and the year to infer missing years against.
public struct ImportContext: Hashable, Sendable {
    /// The file name (not the path), as items' `source` field shows it.
    public var fileName: String
    /// The conference or listing name the manifest gives ("ICML 2022"), if any.
    public var sourceName: String?
    /// The year the manifest gives for dates that leave it out; it wins over inference.
    public var year: Int?
    /// Inferred years are never after this one (default: the current year).
    public var referenceYear: Int
    /// The zone floating times are pinned to after parsing (`--timezone`, or the manifest's
    /// "timezone" for the file); nil leaves them floating.
    public var pinnedTimeZone: TimeZone?

    /// The years dates may have: four digits, so day arithmetic cannot overflow.
    public static let supportedYears = 1...9999

    /// A `year` outside `supportedYears` is dropped and a `referenceYear` outside it is
    /// clamped, so no input reaches the calendar arithmetic out of range.
    public init(fileName: String, sourceName: String? = nil, year: Int? = nil,
                referenceYear: Int = YearInference.currentYear, pinnedTimeZone: TimeZone? = nil) {
        self.fileName = fileName
        self.pinnedTimeZone = pinnedTimeZone
        self.sourceName = sourceName
        self.year = year.flatMap { Self.supportedYears.contains($0) ? $0 : nil }
        self.referenceYear = min(max(referenceYear, Self.supportedYears.lowerBound), Self.supportedYears.upperBound)
    }

    /// The file name of a path: what follows the last "/".
    public static func fileName(ofPath path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}

/// One loaded file and what it is.
public struct Source: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable, Codable {
        case sessionPage = "session-page"
        case dailyPapers = "daily-papers"
        case native = "lineup-json"
        case frabXML = "frab-xml"
        case frabJSON = "frab-json"
        case iCalendar = "icalendar"
        case sessionize = "sessionize"
        case miniConf = "miniconf"
    }

    /// The file name (not the path), as items' `source` field shows it.
    public var fileName: String
    /// "ICML 2022", "Hugging Face Daily Papers"; from the manifest, the conference title the
    /// file gives, or a default per format.
    public var name: String
    /// The conference's short name as the file gives it ("31c3", "fosdem2024"), if any.
    public var acronym: String?
    public var format: Format
    /// The year the manifest gives for pages that leave it out, if any.
    public var year: Int?

    public init(fileName: String, name: String, format: Format, year: Int? = nil, acronym: String? = nil) {
        self.fileName = fileName
        self.name = name
        self.format = format
        self.year = year
        self.acronym = acronym
    }
}

/// Why a query could not be read, and where.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, for people ("unknown field 'foo'; ...").
    public let message: String
    /// 0-based offset, in characters, of the first character at fault.
    public let position: Int
    /// How many characters are at fault (0 when something is missing at the end).
    public let length: Int

    public init(_ message: String, position: Int, length: Int) {
        self.message = message
        self.position = position
        self.length = length
    }

    /// "column 7: unknown field 'foo'; ..." (columns count from 1).
    public var description: String { "column \(position + 1): \(message)" }

    /// Carets under the part at fault, to print on the line below the query:
    /// ```
    /// sparse foo:bar
    ///        ^^^
    /// ```
    public var caretLine: String {
        String(repeating: " ", count: position) + String(repeating: "^", count: max(length, 1))
    }

    /// The part of `query` to quote with this error and the carets under the part at fault,
    /// never more than about `width` characters however long the query: a window around the
    /// fault, with "…" where the query was cut.
    /// ```
    /// …words words words foo:bar words…
    ///                    ^^^
    /// ```
    public func excerpt(of query: String, width: Int = 80) -> (line: String, carets: String) {
        let characters = Array(query)
        let width = max(width, 8)
        // Start a quarter of the window before the fault, so most of it shows what is wrong.
        let start = characters.count <= width ? 0 : max(0, min(position - width / 4, characters.count - width))
        let end = min(characters.count, start + width)
        let head = start > 0 ? "…" : "", tail = end < characters.count ? "…" : ""
        let faultStart = min(max(position, start), end)
        let faultEnd = min(position + max(length, 1), end + 1)
        return (head + String(characters[start..<end]) + tail,
                String(repeating: " ", count: faultStart - start + head.count)
                    + String(repeating: "^", count: max(faultEnd - faultStart, 1)))
    }
}

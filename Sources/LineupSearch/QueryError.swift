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
}

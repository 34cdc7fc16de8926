extension Query {
    /// Parses the query language:
    ///
    /// - `word`: every word must occur (case- and accent-insensitive) as part of the title,
    ///   authors, abstract, session, room or track: `sparse attention`.
    /// - `"a phrase"`: the words in this order; a phrase still open at the end runs to the end.
    /// - `-word`, `-"phrase"`, `-field:value`: leave out what matches.
    /// - `~word`: the word or words spelt nearly like it (a typo away; `TypoTolerance`); a
    ///   word no item holds is tolerated this way anyway, unless the caller turns that off.
    /// - `a | b` (or `a|b`): either; `|` binds tighter than the spaces between terms, so
    ///   `sparse | dense attention` means (sparse or dense) and attention.
    /// - `title:`, `author:` (or `person:`), `abstract:`, `session:`, `room:`, `track:`: the
    ///   text in that field only; a value may be a phrase (`title:"neural network"`).
    /// - `kind:oral` (or `type:`), `spotlight`, `qa` or `paper` (or another kind the data names);
    ///   `lang:en` (a language starting with the value); `id:` the source's own id, whole;
    ///   `award:text`, `award:*` for any award; `day:2022-07-19` or `day:tue`;
    ///   `after:13:00` (starts at or after) and `before:13:00` (starts before), on the wall
    ///   clock of the page's zone (`9`, `9:30`, `1pm`, `1:30pm` also work);
    ///   `source:text` (file name or conference); `is:bookmarked`.
    /// - Relative to the clock (`Now`, given when the query is run): `day:today`,
    ///   `day:tomorrow` (in each item's zone), `after:now`, `before:now`, `is:now`,
    ///   `is:past` (ended; a talk ending exactly now is past), `is:upcoming`.
    /// - A field's value may list alternatives: `kind:oral|spotlight`.
    ///
    /// An unknown field, an empty value, a lone `-` or `|` and a malformed value are errors with
    /// their position; nothing is silently ignored. A word holding a colon after letters reads
    /// as a field, so quote such text: `"re:invent"`.
    ///
    /// - Parameter otherKinds: kind names beyond the four known ones that `kind:` accepts
    ///   (`SearchIndex.otherKinds` gives those of a schedule).
    public static func parse(_ text: String, otherKinds: Set<String> = []) throws(QueryError) -> Query {
        var parser = QueryParser(text, otherKinds: otherKinds)
        return Query(text: text, root: try parser.parseQuery())
    }
}

/// Recursive descent over the query's characters; positions count characters.
struct QueryParser {
    private let chars: [Character]
    private let otherKinds: Set<String>
    private var i = 0

    init(_ text: String, otherKinds: Set<String>) {
        self.chars = Array(text)
        self.otherKinds = Set(otherKinds.map { String(decoding: TextFolding.fold($0), as: UTF8.self) })
    }

    /// Longer queries are refused: nobody types them, and comparisons between queries (in the
    /// search session's cache) cost up to the product of their lengths.
    static let maximumLength = 1000

    /// query := clause*, separated by spaces.
    mutating func parseQuery() throws(QueryError) -> QueryNode {
        if chars.count > Self.maximumLength {
            throw QueryError("the query is longer than \(Self.maximumLength) characters",
                             position: Self.maximumLength, length: chars.count - Self.maximumLength)
        }
        var clauses: [QueryNode] = []
        skipSpaces()
        while i < chars.count {
            clauses.append(try parseClause())
            skipSpaces()
        }
        return .allOf(clauses)
    }

    /// clause := group ('|' group)*.
    private mutating func parseClause() throws(QueryError) -> QueryNode {
        if chars[i] == "|" {
            throw QueryError("'|' needs a term before it", position: i, length: 1)
        }
        var groups = [try parseGroup()]
        while true {
            let save = i
            skipSpaces()
            guard i < chars.count, chars[i] == "|" else {
                i = save
                break
            }
            let bar = i
            i += 1
            skipSpaces()
            guard i < chars.count, chars[i] != "|" else {
                throw QueryError("'|' needs a term after it", position: bar, length: 1)
            }
            groups.append(try parseGroup())
        }
        return groups.count == 1 ? groups[0] : .anyOf(groups)
    }

    /// group := '-'? atom.
    private mutating func parseGroup() throws(QueryError) -> QueryNode {
        guard chars[i] == "-" else { return try parseAtom() }
        let dash = i
        i += 1
        guard i < chars.count, !chars[i].isWhitespace, chars[i] != "|" else {
            throw QueryError("'-' must be followed by a word, a \"phrase\" or field:value",
                             position: dash, length: 1)
        }
        return .not(try parseAtom())
    }

    /// atom := phrase | field ':' values | '~' word | word.
    private mutating func parseAtom() throws(QueryError) -> QueryNode {
        if chars[i] == "~" { return try parseTolerantWord() }
        if chars[i] == "\"" {
            return .term(.text(TextTerm(scope: .freeText, folded: TextFolding.fold(try readPhrase()))))
        }
        if let nameLength = fieldNameLength(at: i) {
            return try parseField(nameStart: i, nameLength: nameLength)
        }
        return .term(.text(TextTerm(scope: .freeText, folded: TextFolding.fold(readBare()))))
    }

    /// `~word`: the word, or words spelt nearly like it (`TypoTolerance`).
    private mutating func parseTolerantWord() throws(QueryError) -> QueryNode {
        let tilde = i
        i += 1
        guard i < chars.count, !chars[i].isWhitespace, chars[i] != "|" else {
            throw QueryError("'~' must be followed by a word", position: tilde, length: 1)
        }
        if chars[i] == "\"" {
            throw QueryError("'~' applies to a single word, not to a \"phrase\"", position: tilde, length: 2)
        }
        if let nameLength = fieldNameLength(at: i) {
            throw QueryError("'~' applies to a free word, not to a field", position: tilde, length: nameLength + 2)
        }
        let word = readBare()
        let folded = TextFolding.fold(word)
        let term = TextTerm(scope: .freeText, folded: folded, tolerant: true)
        guard term.isTolerant else {
            throw QueryError("'~' needs a word of at least 4 letters or digits, not '\(word)'",
                             position: tilde, length: i - tilde)
        }
        return .term(.text(term))
    }

    private mutating func parseField(nameStart: Int, nameLength: Int) throws(QueryError) -> QueryNode {
        let name = String(chars[nameStart..<nameStart + nameLength])
        guard let field = QueryField(rawValue: name.lowercased()) else {
            throw QueryError("unknown field '\(name)'; fields are \(QueryField.listing) (quote text holding a colon)",
                             position: nameStart, length: nameLength)
        }
        i = nameStart + nameLength + 1
        var alternatives: [QueryNode] = []
        repeat {
            let valueStart = i
            let isPhrase = i < chars.count && chars[i] == "\""
            let value = isPhrase ? try readPhrase() : readBare()
            if value.isEmpty && !isPhrase {
                throw QueryError("'\(name):' needs a value", position: nameStart, length: nameLength + 1)
            }
            let located = QueryValue(text: value, isPhrase: isPhrase, position: valueStart, length: i - valueStart)
            alternatives.append(.term(try field.term(for: located, otherKinds: otherKinds)))
        } while continuesValueList()
        return alternatives.count == 1 ? alternatives[0] : .anyOf(alternatives)
    }

    /// After a field's value: a `|` directly followed by a plain value (not a space, `-`, `|`
    /// or another field) adds an alternative value for the same field, as in `kind:oral|qa`.
    private mutating func continuesValueList() -> Bool {
        guard i + 1 < chars.count, chars[i] == "|" else { return false }
        let next = chars[i + 1]
        guard !next.isWhitespace, next != "|", next != "-", fieldNameLength(at: i + 1) == nil else { return false }
        i += 1
        return true
    }

    // MARK: Lexing

    /// The length of a field name at `position`: ASCII letters directly followed by ':'.
    private func fieldNameLength(at position: Int) -> Int? {
        var j = position
        while j < chars.count, chars[j].isASCII, chars[j].isLetter { j += 1 }
        guard j > position, j < chars.count, chars[j] == ":" else { return nil }
        return j - position
    }

    /// Characters up to a space or `|`.
    private mutating func readBare() -> String {
        let start = i
        while i < chars.count, !chars[i].isWhitespace, chars[i] != "|" { i += 1 }
        return String(chars[start..<i])
    }

    /// A phrase from the opening quote at `i` to the closing one or the end of the query.
    private mutating func readPhrase() throws(QueryError) -> String {
        let open = i
        i += 1
        let start = i
        while i < chars.count, chars[i] != "\"" { i += 1 }
        let phrase = String(chars[start..<i])
        let closed = i < chars.count
        if closed { i += 1 }
        if phrase.isEmpty {
            throw QueryError(closed ? "empty phrase" : "a phrase needs text after its quote",
                             position: open, length: closed ? 2 : 1)
        }
        return phrase
    }

    private mutating func skipSpaces() {
        while i < chars.count, chars[i].isWhitespace { i += 1 }
    }
}

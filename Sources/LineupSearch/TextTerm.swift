/// The text fields a text term may be restricted to.
struct FieldSet: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let title = FieldSet(rawValue: 1 << 0)
    static let authors = FieldSet(rawValue: 1 << 1)
    static let abstract = FieldSet(rawValue: 1 << 2)
    static let session = FieldSet(rawValue: 1 << 3)
    static let room = FieldSet(rawValue: 1 << 4)
    static let award = FieldSet(rawValue: 1 << 5)
    static let source = FieldSet(rawValue: 1 << 6)

    /// Where free words are looked for.
    static let freeText: FieldSet = [.title, .authors, .abstract, .session, .room]

    /// The set holding just `field`; empty for fields that are not text.
    init(_ field: SearchField) {
        switch field {
        case .title: self = .title
        case .authors: self = .authors
        case .abstract: self = .abstract
        case .session: self = .session
        case .room: self = .room
        case .award: self = .award
        case .source: self = .source
        case .kind, .day, .startTime: self = []
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// A folded text looked for as a substring of the fields in `scope`.
struct TextTerm: Hashable, Sendable {
    let scope: FieldSet
    let needle: ByteNeedle
    /// The maximal runs of word bytes in the needle (see `TextFolding.isWordByte`). When the
    /// needle is a single run it can only occur inside one word of the text, which lets the
    /// word index answer it exactly.
    let words: [ByteNeedle]

    init(scope: FieldSet, folded: [UInt8]) {
        self.scope = scope
        self.needle = ByteNeedle(folded)
        var words: [ByteNeedle] = []
        var current: [UInt8] = []
        for byte in folded {
            if TextFolding.isWordByte[Int(byte)] {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(ByteNeedle(current))
                current = []
            }
        }
        if !current.isEmpty { words.append(ByteNeedle(current)) }
        self.words = words
    }

    /// True when the needle has no separator bytes (and is not empty).
    var isSingleWord: Bool { words.count == 1 && words[0].count == needle.count }
}

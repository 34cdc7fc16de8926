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
    static let track = FieldSet(rawValue: 1 << 7)

    /// Where free words are looked for.
    static let freeText: FieldSet = [.title, .authors, .abstract, .session, .room, .track]

    /// The fields with few distinct values, each kept in a `ValueColumn`.
    static let valueFields: [FieldSet] = [.session, .room, .award, .source, .track]

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
        case .track: self = .track
        case .kind, .day, .startTime, .language, .sourceID, .slot: self = []
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
    let words: [WordRun]
    /// Also matches words spelt nearly like the needle (`~word`, or a word no item holds); see
    /// `isTolerant` for when that applies.
    let tolerant: Bool

    init(scope: FieldSet, folded: [UInt8], tolerant: Bool = false) {
        self.scope = scope
        self.tolerant = tolerant
        self.needle = ByteNeedle(folded)
        var words: [WordRun] = []
        var start = 0
        while start < folded.count {
            guard TextFolding.isWordByte[Int(folded[start])] else {
                start += 1
                continue
            }
            var end = start
            while end < folded.count, TextFolding.isWordByte[Int(folded[end])] { end += 1 }
            words.append(WordRun(needle: ByteNeedle(Array(folded[start..<end])), start: start,
                                 startsWord: start > 0, endsWord: end < folded.count))
            start = end
        }
        self.words = words
    }

    /// True when the needle has no separator bytes (and is not empty).
    var isSingleWord: Bool { words.count == 1 && words[0].needle.count == needle.count }

    /// True when the term also matches near words: it asks for it, and it is one word of
    /// ASCII letters and digits, at least 4 of them (`TypoTolerance.applies`).
    var isTolerant: Bool { tolerant && isSingleWord && TypoTolerance.applies(to: needle.bytes) }

    /// The same term, typo-tolerant.
    func madeTolerant() -> TextTerm { TextTerm(scope: scope, folded: needle.bytes, tolerant: true) }
}

/// A run of word bytes inside a needle, and what the text's word holding it must look like: a
/// separator before the run in the needle means the word starts with the run, one after it
/// means the word ends with it ("sparse a" needs a word ending in "sparse" and one starting
/// with "a").
struct WordRun: Hashable, Sendable {
    let needle: ByteNeedle
    /// The run's offset in the whole needle.
    let start: Int
    let startsWord: Bool
    let endsWord: Bool

    /// Whether `word` (folded bytes of a whole word) can hold this run.
    func fits(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let k = needle.count
        guard word.count >= k else { return false }
        let bytes = needle.bytes
        if startsWord && endsWord { return word.count == k && word.elementsEqual(bytes) }
        if startsWord { return UnsafeBufferPointer(rebasing: word[0..<k]).elementsEqual(bytes) }
        if endsWord { return UnsafeBufferPointer(rebasing: word[(word.count - k)...]).elementsEqual(bytes) }
        return needle.occurs(in: word)
    }
}

extension WordRun {
    /// Where the whole needle starts in a text, given that a word of `wordLength` bytes that
    /// `fits` this run starts at `wordStart` and holds the run at the needle's occurrence:
    /// after a separator the run starts the word, before one it ends the word.
    func needleStart(wordStart: Int, wordLength: Int) -> Int {
        startsWord ? wordStart - start : wordStart + wordLength - (start + needle.count)
    }

    /// The least `needleStart` over words of any length starting at `wordStart` (a word is
    /// never shorter than the run).
    func earliestNeedleStart(wordStart: Int) -> Int { wordStart - start }
}

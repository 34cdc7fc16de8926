import BitCollections

/// Where a word first occurs in an item's field: what lets the word index answer a phrase
/// (a needle with separators, `"sparse atte`) by checking the needle at a few places of a few
/// texts instead of searching whole texts.
///
/// Every sparse list entry, and every entry of a dense list of fewer than `itemLimit` items,
/// carries the byte offset in the field's searchable text (`TextColumn.withText`) at which the
/// word's first occurrence in that item starts. Offsets are 16 bits: `far` stands for "at
/// `far` or beyond", which still bounds where the needle can start. Lists of the most common
/// words (in 1/8 of the items or more) carry none: each would cost two bytes per item, and a
/// phrase almost always holds a rarer word to anchor on. Author lists carry none either: they
/// are short and kept contiguous, so narrowing and scanning them is cheap, and their offsets
/// would cost as much memory as the abstracts'.
///
/// Invariant: a list has an offset for every entry, or none (`FieldPostings.denseOffsets`
/// empty for that list).
enum WordOffsets {
    /// The fields whose lists carry offsets.
    static let fields: FieldSet = [.title, .abstract]

    /// Stored for an offset of 65,535 or more.
    static let far: UInt16 = .max

    /// The stored form of byte offset `offset`.
    @inline(__always)
    static func stored(_ offset: Int) -> UInt16 { UInt16(clamping: offset) }

    /// Lists of at least this many items (of `itemCount`) carry no offsets.
    static func itemLimit(itemCount: Int) -> Int { max(64, itemCount / 8) }
}

/// One entry of a word's list with its first offset.
struct WordOccurrence {
    let item: Int
    /// Stored offset (`WordOffsets.far`: at least that).
    let firstOffset: UInt16
    /// The word's count in the item's field, at most 255.
    let frequency: UInt8
}

extension WordIndex.FieldPostings {
    /// Whether `word`'s list in this field carries first offsets (true for a word with no
    /// entries here).
    func hasOffsets(_ word: UInt32) -> Bool {
        guard let slot = denseSlotByWord[word] else { return sparseOffsets.count == sparse.count || sparseCount(word) == 0 }
        return !denseOffsets[slot].isEmpty
    }

    /// Calls `body` for each entry of `word`'s list (items in increasing order) whose item
    /// `within` holds. Only for a word that `hasOffsets`.
    func forEachOccurrence(of word: UInt32, within: BitSet, _ body: (WordOccurrence) -> Void) {
        if let slot = denseSlotByWord[word] {
            let offsets = denseOffsets[slot], frequencies = denseFrequency[slot]
            guard !offsets.isEmpty else { return }
            for (k, item) in dense[slot].enumerated() where within.contains(item) {
                body(WordOccurrence(item: item, firstOffset: offsets[k], frequency: frequencies[k]))
            }
            return
        }
        let range = Int(sparseStarts[Int(word)])..<Int(sparseStarts[Int(word) + 1])
        sparse.withUnsafeBufferPointer { sparse in
            for k in range {
                let item = Int(sparse[k])
                if within.contains(item) {
                    body(WordOccurrence(item: item, firstOffset: sparseOffsets[k], frequency: sparseFrequency[k]))
                }
            }
        }
    }
}

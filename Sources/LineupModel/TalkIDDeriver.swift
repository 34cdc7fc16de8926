import Foundation

/// `TalkID.derive` for parsers that make many ids sharing their leading parts (a page's
/// kind and session): those parts are hashed once, and the rest is hashed from bytes as they
/// are made, with no intermediate strings. Gives exactly the ids `TalkID.derive` gives.
package struct TalkIDDeriver: Sendable {
    private let prefix: StableHasher

    /// `leadingParts` are the first parts of every id this deriver makes.
    package init(leadingParts: [String]) {
        var hasher = StableHasher()
        for part in leadingParts {
            hasher.combine(part)
        }
        prefix = hasher
    }

    /// `TalkID.derive(leadingParts + [ISOInstant.format(start) or fallback, TalkID.normalisedTitle(title)])`,
    /// with `TalkID.normalisedTitleHash(title)`, in one pass over the title.
    package func id(start: Date?, fallback: @autoclosure () -> String, title: borrowing String)
        -> (id: TalkID, titleHash: UInt64)
    {
        var hasher = prefix
        if let start {
            ISOInstant.withFormatted(start) { hasher.combine(bytes: $0) }
        } else {
            hasher.combine(fallback())
        }
        let titleHash = TalkID.combineNormalisedTitle(title, into: &hasher)
        return (TalkID(digest: hasher.digest), titleHash)
    }
}

extension TalkID {
    /// Adds `normalisedTitle(title)` to `hasher` as one part and returns its
    /// `normalisedTitleHash`; an ASCII title is normalised as it is hashed.
    static func combineNormalisedTitle(_ title: borrowing String, into hasher: inout StableHasher) -> UInt64 {
        let ascii = title.utf8.withContiguousStorageIfAvailable { bytes -> (StableHasher, UInt64)? in
            var idState = hasher
            var titleState = StableHasher()
            var normalised = AsciiNormalisedBytes(bytes)
            while let byte = normalised.next() {
                idState.add(byte)
                titleState.add(byte)
            }
            guard !normalised.sawNonASCII else { return nil }
            idState.endPart()
            return (idState, mixed(titleState.digest))
        }
        if case .some(.some(let (state, titleHash))) = ascii {
            hasher = state
            return titleHash
        }
        var normalised = normalisedTitle(copy title)
        hasher.combine(normalised)
        return normalised.withUTF8 { slotHash(of: $0) }
    }
}

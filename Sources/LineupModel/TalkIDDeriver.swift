import Foundation

/// `TalkID.derive` for parsers that make many ids sharing their leading parts (a page's
/// kind and session): those parts are hashed once per page, and the slot's start is hashed
/// from the bytes it is formatted into, with no intermediate strings. Gives exactly the ids
/// `TalkID.derive` gives.
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

    /// `TalkID.derive(leadingParts + [ISOInstant.format(start) or fallback, TalkID.normalisedTitle(title)])`.
    package func id(start: Date?, fallback: @autoclosure () -> String, title: String) -> TalkID {
        var hasher = prefix
        if let start {
            ISOInstant.withFormatted(start) { hasher.combine(bytes: $0) }
        } else {
            hasher.combine(fallback())
        }
        hasher.combine(TalkID.normalisedTitle(title))
        return TalkID(digest: hasher.digest)
    }

    /// `TalkID.derive(leadingParts + [part])`: with leading parts "source-id" and the
    /// namespace, `TalkID.fromSource`.
    package func id(lastPart part: String) -> TalkID {
        var hasher = prefix
        hasher.combine(part)
        return TalkID(digest: hasher.digest)
    }
}

extension QueryNode {
    /// True only if every item that satisfies `self` satisfies `other` ("self is narrower").
    /// Sound but not complete: false means "not shown", which only costs the search session a
    /// wider starting set. Examples: `sparse att` implies `sparse at`; `-spars` implies
    /// `-sparse`; `after:14:00` implies `after:13:00`; `a b` implies `a | c`.
    func implies(_ other: QueryNode) -> Bool {
        if self == other { return true }
        switch (self, other) {
        case (_, .allOf(let required)):
            return required.allSatisfy { self.implies($0) }
        case (.anyOf(let options), _):
            return options.allSatisfy { $0.implies(other) }
        case (.allOf(let parts), _):
            return parts.contains { $0.implies(other) }
        case (_, .anyOf(let options)):
            return options.contains { self.implies($0) }
        case (.not(let a), .not(let b)):
            return b.implies(a)
        case (.term(let a), .term(let b)):
            return a.implies(b)
        default:
            return false
        }
    }
}

extension QueryTerm {
    func implies(_ other: QueryTerm) -> Bool {
        switch (self, other) {
        case (.text(let a), .text(let b)):
            if b.needle.isEmpty { return true }
            // A tolerant term matches near words, which need not hold a shorter needle.
            if a.isTolerant || b.isTolerant { return a == b }
            return a.scope.isSubset(of: b.scope) && a.needle.bytes.containsSubsequence(b.needle.bytes)
        case (.startsAtOrAfter(let a), .startsAtOrAfter(let b)):
            return a >= b
        case (.startsBefore(let a), .startsBefore(let b)):
            return a <= b
        case (.language(let a), .language(let b)):
            return a.starts(with: b)
        case (.day(let date), .weekday(let weekday)):
            return date.weekday == weekday
        default:
            return self == other
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether `part` occurs contiguously in `self`. O(n·m); used on short needles only.
    func containsSubsequence(_ part: [UInt8]) -> Bool {
        guard part.count <= count else { return false }
        if part.isEmpty { return true }
        for start in 0...(count - part.count) where self[start] == part[0] {
            if self[start..<start + part.count].elementsEqual(part) { return true }
        }
        return false
    }
}

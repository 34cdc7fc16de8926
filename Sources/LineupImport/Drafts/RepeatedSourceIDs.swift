import LineupModel

/// Items of one file that share a source id (real files do this), one rule for every format's
/// builder: the same item listed again is dropped, keeping the first; a different item keeps
/// its own id, derived from the key numbered "KEY#2", "KEY#3"…; either way a warning names
/// the lines.
struct RepeatedSourceIDs {
    /// What the builder knows of an item it has kept.
    struct Kept {
        var title: String
        var line: Int
        /// Whether it is the same item as the one being admitted.
        var isSame: Bool
    }

    let file: String
    /// The position of the first item kept under each key: one hash per admitted item.
    private var firstByKey: [String: Int] = [:]
    /// Positions of the items kept under a key after its first (rare: only repeated keys).
    private var laterByKey: [String: [Int]] = [:]

    /// `capacity`: the number of items expected, so the table is not grown item by item.
    init(file: String, capacity: Int = 0) {
        self.file = file
        firstByKey.reserveCapacity(capacity)
    }

    /// Room for `capacity` keys in all.
    mutating func reserveCapacity(_ capacity: Int) {
        firstByKey.reserveCapacity(capacity)
    }

    /// The key the item about to be kept at `position` derives its id from, or nil when it
    /// repeats an item already kept (it is then dropped). `kept(p)` describes the item kept at
    /// position p, compared with this one.
    mutating func admit(key: String, at position: Int, title: String, line: Int, diagnostics: inout [Diagnostic],
                        kept: (Int) -> Kept) -> String? {
        guard let first = firstByKey.updateValue(position, forKey: key) else { return key }
        firstByKey[key] = first
        let later = laterByKey[key] ?? []
        for keptPosition in [first] + later {
            let other = kept(keptPosition)
            guard other.isSame else { continue }
            let place = other.line == line ? "" : " (also at line \(other.line))"
            diagnostics.append(Diagnostic(.warning, file: file, line: line, "\"\(title)\" is listed twice\(place); kept once"))
            return nil
        }
        let firstKept = kept(first)
        diagnostics.append(Diagnostic(.warning, file: file, line: line,
            "\"\(title)\" shares the id \(key) with \"\(firstKept.title)\" (line \(firstKept.line)); both are kept, with distinct ids"))
        laterByKey[key, default: []].append(position)
        return key + "#\(later.count + 2)"
    }
}

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
    /// Positions (in the builder's kept items) of the items kept under each key.
    private var keptByKey: [String: [Int]] = [:]

    init(file: String) { self.file = file }

    /// The key the item about to be kept at `position` derives its id from, or nil when it
    /// repeats an item already kept (it is then dropped). `kept(p)` describes the item kept at
    /// position p, compared with this one.
    mutating func admit(key: String, at position: Int, title: String, line: Int, diagnostics: inout [Diagnostic],
                        kept: (Int) -> Kept) -> String? {
        guard let earlier = keptByKey[key] else {
            keptByKey[key] = [position]
            return key
        }
        for keptPosition in earlier {
            let other = kept(keptPosition)
            guard other.isSame else { continue }
            let place = other.line == line ? "" : " (also at line \(other.line))"
            diagnostics.append(Diagnostic(.warning, file: file, line: line, "\"\(title)\" is listed twice\(place); kept once"))
            return nil
        }
        let first = kept(earlier[0])
        diagnostics.append(Diagnostic(.warning, file: file, line: line,
            "\"\(title)\" shares the id \(key) with \"\(first.title)\" (line \(first.line)); both are kept, with distinct ids"))
        keptByKey[key, default: []].append(position)
        return key + "#\(earlier.count + 1)"
    }
}

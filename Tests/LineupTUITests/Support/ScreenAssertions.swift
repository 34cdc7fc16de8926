import XCTest
@testable import LineupTUI

/// Compares a rendered screen with its stored text, line by line (trailing spaces do not
/// count). On a mismatch the whole actual screen is printed, ready to be reviewed and stored.
func assertScreen(_ grid: Grid, _ expected: String, rows: Range<Int>? = nil, file: StaticString = #filePath, line: UInt = #line) {
    let lines = Array(grid.lines[rows ?? 0..<grid.height])
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        var text = String(line)
        while text.last == " " { text.removeLast() }
        return text
    }
    if lines != wanted {
        let diff = zip(lines.indices, zip(lines, wanted + Array(repeating: "", count: max(0, lines.count - wanted.count))))
            .filter { $0.1.0 != $0.1.1 }
            .map { "row \($0.0):\n  got:      \($0.1.0)\n  expected: \($0.1.1)" }
            .joined(separator: "\n")
        XCTFail("screen differs (\(lines.count) rows, \(wanted.count) expected):\n\(diff)\n--- actual screen ---\n\(lines.joined(separator: "\n"))",
                file: file, line: line)
    }
}

extension Grid {
    /// The cells of row `y` whose text starts at column `x`, `count` columns long.
    func cells(row y: Int, from x: Int, count: Int) -> [Cell] {
        (x..<min(width, x + count)).map { self[$0, y] }
    }

    /// Column where `text` starts in row `y`, counted in cells.
    func column(of text: String, inRow y: Int) -> Int? {
        var columns: [Int] = []
        var line = ""
        for x in 0..<width {
            if let character = self[x, y].character {
                line.append(character)
                columns.append(x)
            }
        }
        guard let range = line.range(of: text) else { return nil }
        return columns[line.distance(from: line.startIndex, to: range.lowerBound)]
    }
}

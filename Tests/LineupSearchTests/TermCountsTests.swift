@testable import LineupSearch
import Testing

/// The dense lists' term frequencies, four bits each with larger counts kept aside.
@Suite struct TermCountsTests {
    @Test("Counts of every size read back as written, up to 255, after appends and increments")
    func roundTrip() {
        var random = SeededRandom(seed: 5)
        var counts = TermCounts(), expected: [UInt8] = []
        for _ in 0..<5_000 {
            let value = UInt8.random(in: 0...3, using: &random) == 0
                ? UInt8.random(in: 0...255, using: &random) : UInt8.random(in: 1...4, using: &random)
            counts.append(value)
            expected.append(value)
            if Int.random(in: 0..<4, using: &random) == 0 {
                let entry = Int.random(in: 0..<expected.count, using: &random)
                for _ in 0..<Int.random(in: 1...20, using: &random) {
                    counts.increment(at: entry)
                    if expected[entry] < .max { expected[entry] += 1 }
                }
            }
        }
        #expect(counts.count == expected.count)
        #expect((0..<expected.count).map { counts[$0] } == expected)
        let shrunk = counts.shrunkToFit()
        #expect((0..<expected.count).map { shrunk[$0] } == expected)
    }

    @Test("Neighbouring entries do not disturb each other, at the escape value and past it")
    func neighbours() {
        var counts = TermCounts()
        for value: UInt8 in [14, 15, 0, 16, 255, 1] { counts.append(value) }
        counts.increment(at: 0)  // 14 -> 15: now kept aside
        counts.increment(at: 4)  // stays 255
        counts.increment(at: 2)
        #expect((0..<6).map { counts[$0] } == [15, 15, 1, 16, 255, 1])
        var small = TermCounts()
        for _ in 0..<1_000 { small.append(3) }
        #expect(small.memoryFootprint == 500, "half a byte per count under 15")
    }
}

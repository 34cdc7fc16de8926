/// SplitMix64: a small deterministic random number generator, the same on every machine and
/// in every run. Generated data (the benchmark's pages, the tests' random corpora and hostile
/// inputs) uses it so that a failure or a figure can be reproduced exactly. Not for secrets.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<bound (bound > 0); the modulo bias is irrelevant for generated data.
    public mutating func next(below bound: UInt64) -> UInt64 { next() % bound }
}

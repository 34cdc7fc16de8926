extension Array {
    /// A copy whose capacity equals its count: arrays grown by appending keep up to twice the
    /// memory they need, which matters for columns of 100,000 items.
    func shrunkToFit() -> [Element] {
        guard capacity > count else { return self }
        return withUnsafeBufferPointer { Array($0) }
    }
}

/// Reading an element that may not be there (a cursor past a list that just shrank).
extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

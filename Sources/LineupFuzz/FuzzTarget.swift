import LineupModel

/// One entry point of the parsers and readers that take untrusted bytes. Each `run` must
/// return normally for every input: a trap, a leak or a hang is a bug that libFuzzer reports.
enum FuzzTarget: String, CaseIterable {
    case sanitizer

    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .sanitizer:
            let clean = TerminalText.sanitize(text)
            for scalar in clean.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                fatalError("sanitizer let U+\(String(scalar.value, radix: 16)) through")
            }
        }
    }
}

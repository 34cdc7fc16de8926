import XCTest
@testable import LineupTUI

/// Raw terminal input to actions: Alt keys and unknown escape sequences are consumed whole,
/// and a bracketed paste is one action with its text, never keys.
final class InputDecoderTests: XCTestCase {
    private func actions(_ input: [InputDecoder.Raw]) -> [String] {
        var queue = input
        var decoder = InputDecoder { _ in queue.isEmpty ? nil : queue.removeFirst() }
        var result: [String] = []
        while let action = decoder.next(timeout: 0) { result.append(describe(action)) }
        return result
    }

    private func describe(_ action: Action) -> String {
        switch action {
        case .key(let key): return key.label
        case .paste(let text): return "paste(\(text))"
        case .resize(let size): return "resize(\(size.columns)x\(size.rows))"
        default: return "\(action)"
        }
    }

    private func characters(_ text: String) -> [InputDecoder.Raw] {
        text.unicodeScalars.map { .character($0.value) }
    }

    func testAltWithALetterIsOneKeyNotEscThenTheLetter() {
        XCTAssertEqual(actions(characters("\u{1B}b")), ["Alt-b"])
        XCTAssertEqual(actions(characters("\u{1B}bq")), ["Alt-b", "q"])
    }

    func testAnEscAloneIsTheEscKeyAndTwoEscsAreTwo() {
        XCTAssertEqual(actions(characters("\u{1B}")), ["Esc"])
        XCTAssertEqual(actions(characters("\u{1B}\u{1B}")), ["Esc", "Esc"])
        XCTAssertEqual(actions(characters("\u{1B}") + [.key(.up)]), ["Esc", "↑"])
    }

    func testUnknownEscapeSequencesAreDroppedWhole() {
        XCTAssertEqual(actions(characters("\u{1B}[99~b")), ["b"], "a CSI with a parameter")
        XCTAssertEqual(actions(characters("\u{1B}[1;5Xj")), ["j"], "parameters and a final letter")
        XCTAssertEqual(actions(characters("\u{1B}OPk")), ["k"], "SS3")
    }

    func testAPasteIsOneActionWithItsTextWhateverItHolds() {
        let pasted: [InputDecoder.Raw] = [.pasteStart] + characters("monarch\rb\tq\u{1B}x") + [.pasteEnd] + characters("j")
        XCTAssertEqual(actions(pasted), ["paste(monarch\nb\tqx)", "j"])
    }

    func testAPasteWithoutItsEndMarkerEndsWhenInputStops() {
        XCTAssertEqual(actions([.pasteStart] + characters("über")), ["paste(über)"])
    }
}

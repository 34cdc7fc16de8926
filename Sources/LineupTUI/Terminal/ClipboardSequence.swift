import Foundation

/// The terminal sequence that puts text on the system clipboard (OSC 52): xterm, kitty,
/// iTerm2, WezTerm and others take it, tmux with `set-clipboard on`, and it works over ssh.
enum ClipboardSequence {
    /// ESC ] 52 ; c ; <the text in base64> BEL.
    static func bytes(copying text: String) -> [UInt8] {
        Array("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}".utf8)
    }
}

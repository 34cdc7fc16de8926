import LineupModel

/// `o` and `y`: the selected talk's page, opened in the web browser or copied to the
/// clipboard. Only http(s) links leave Lineup (`WebLink.check`).
extension BrowserState {
    mutating func openLinkOfSelectedTalk() -> [Effect] {
        guard let link = checkedLinkOfTarget() else { return [] }
        message = StatusMessage("Opening \(link) in the web browser")
        return [.openLink(link)]
    }

    mutating func copyLinkOfSelectedTalk() -> [Effect] {
        guard let link = checkedLinkOfTarget() else { return [] }
        message = StatusMessage("Copied \(link) (OSC 52: the terminal puts it on the clipboard)")
        return [.copyToClipboard(link)]
    }

    /// The target talk's link when it is a web link; else says why there is none.
    private mutating func checkedLinkOfTarget() -> String? {
        guard let talk = bookmarkTarget else {
            message = StatusMessage("Select a talk first")
            return nil
        }
        guard let link = talk.pageLink else {
            message = StatusMessage("\u{201C}\(talk.title)\u{201D} has no link")
            return nil
        }
        do {
            try WebLink.check(link)
        } catch {
            message = StatusMessage("Refused: \(error.description)", isError: true)
            return nil
        }
        return link
    }
}

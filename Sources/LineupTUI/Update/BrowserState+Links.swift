import LineupModel

/// `o` and `y`: the selected talk's page, opened in the web browser or copied to the
/// clipboard; `o` on a talk with several web links asks which (`LinkChooser`). Only http(s)
/// links leave Lineup (`WebLink.check`).
extension BrowserState {
    mutating func openLinkOfSelectedTalk() -> [Effect] {
        if let talk = bookmarkTarget, talk.webLinkChoices.count > 1,
           let chooser = LinkChooser(talkTitle: talk.title, choices: talk.webLinkChoices) {
            prompt = .links(chooser)
            return []
        }
        guard let link = checkedLinkOfTarget() else { return [] }
        return opening(link)
    }

    private mutating func opening(_ link: String) -> [Effect] {
        message = StatusMessage("Opening \(link) in the web browser")
        return [.openLink(link)]
    }

    /// A command in the link chooser: move, open the selected link (closing the chooser).
    mutating func chooseLink(_ command: Command, _ chooser: inout LinkChooser) -> [Effect] {
        switch command {
        case .moveUp: chooser.move(by: -1)
        case .moveDown: chooser.move(by: 1)
        case .accept:
            prompt = nil
            return opening(chooser.selectedChoice.url)
        default: break
        }
        prompt = .links(chooser)
        return []
    }

    /// A digit typed in the link chooser: opens the link with that number, if there is one.
    mutating func chooseLink(number: Int) -> [Effect] {
        guard case .links(var chooser) = prompt, chooser.select(number: number) else { return [] }
        return chooseLink(.accept, &chooser)
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

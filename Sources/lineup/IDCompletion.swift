import ArgumentParser
import Foundation
import LineupImport
import LineupModel

/// Tab completion of item ids (`lineup show`, `bookmark add|note|remove`, `open`): the shell
/// runs `lineup` with the words typed so far, which loads the data those words name (`--data`,
/// else the default) and answers the ids that start with the word being completed, with the
/// titles where the shell shows descriptions (zsh, fish).
enum IDCompletion {
    static let kind = CompletionKind.custom { words, _, prefix in candidates(words: words, prefix: prefix) }

    static func candidates(words: [String], prefix: String) -> [String] {
        var paths: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--data", index + 1 < words.count {
                paths.append(words[index + 1])
                index += 1
            } else if word.hasPrefix("--data=") {
                paths.append(String(word.dropFirst("--data=".count)))
            }
            index += 1
        }
        if paths.isEmpty, let shipped = DataLocation.defaultDataPath() { paths = [shipped] }
        let schedule = ScheduleLoader(referenceYear: YearInference.currentYear).load(paths.filter { $0 != "-" }).schedule
        let start = prefix.lowercased()
        return schedule.talks.filter { $0.id.rawValue.lowercased().hasPrefix(start) }.map { talk in
            line(id: talk.id.rawValue, title: talk.title, shell: CompletionShell.requesting)
        }
    }

    /// "id:title" for zsh, "id<tab>title" for fish, the id alone for bash.
    static func line(id: String, title: String, shell: CompletionShell?) -> String {
        let shown = TerminalText.sanitize(title).map { $0 == "\t" || $0 == "\n" ? " " : $0 }
        if shell == .zsh { return id.replacingOccurrences(of: ":", with: "\\:") + ":" + String(shown) }
        if shell == .fish { return id + "\t" + String(shown) }
        return id
    }
}

import LineupTestSupport
import Foundation
import LineupModel

/// Writes synthetic conference session pages in the shape of Data/'s ICML pages (chrome,
/// session title, room, moderator, then one block per slot: time line, kind, optional award,
/// title, authors joined by " · ", abstract), deterministically from a seed.
///
/// Talks have realistic titles, 1-8 authors (accents, several scripts), abstracts of 80-200
/// words with links and some LaTeX (`\textit{...}`, `\%`, `\sqrt{T}`; in roughly as many
/// abstracts as in the seeds, about one in six), a long tail of made-up method names (so the
/// vocabulary grows with the data, as real text does), and a few percent mention
/// "sparse attention" (or only one of the two words).
struct PageGenerator {
    struct Talk {
        let title: String
        let authors: [String]
        let abstract: String
    }

    struct Page {
        let fileName: String
        let text: String
        let talks: [Talk]
    }

    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// Page `number` (0-based) with `talkCount` talks: the first an oral (20 minutes, sometimes
    /// with an award), the others spotlights (5 minutes), on one of the ICML 2022 days.
    mutating func page(number: Int, talkCount: Int) -> Page {
        let days = ["Mon 18 July", "Tue 19 July", "Wed 20 July", "Thu 21 July"]
        let day = days[number % days.count]
        let sessionTitle = "\(GeneratorWords.sessionTitles[number % GeneratorWords.sessionTitles.count]) \(number / GeneratorWords.sessionTitles.count + 1)"
        var text = "Skip to yearly menu bar Skip to main content\n\n\nSession\n\n\(sessionTitle)\n\n"
        text += "\(pick(GeneratorWords.rooms))\n\nModerator: \(name())\n\nAbstract:\n\nChat is not available.\n\n"
        var minute = (8 + number % 5) * 60
        var talks: [Talk] = []
        for slot in 0..<talkCount {
            let length = slot == 0 ? 20 : 5
            text += "\(day) \(clock(minute)) - \(clock(minute + length)) PDT\n\n"
            text += slot == 0 ? "Oral\n" : "Spotlight\n"
            if slot == 0, chance(0.1) { text += "Outstanding Paper Runner Up\n" }
            let talk = makeTalk()
            text += "\(talk.title)\n\n\(talk.authors.joined(separator: " · "))\n\n\(talk.abstract)\n\n"
            talks.append(talk)
            minute += length
        }
        return Page(fileName: "generated-\(String(number).leftPadded(5)).txt", text: text, talks: talks)
    }

    private mutating func makeTalk() -> Talk {
        let title = chance(0.005) ? "Sparse Attention for \(pick(GeneratorWords.tasks))" : makeTitle()
        let authors = (0..<authorCount()).map { _ in name() }
        return Talk(title: title, authors: authors, abstract: makeAbstract())
    }

    private mutating func makeTitle() -> String {
        render(pick(Template.titles), method: acronym(), inTitle: true)
    }

    private mutating func makeAbstract() -> String {
        let target = Int(random.next(below: 121)) + 80
        var sentences: [String] = []
        var words = 0
        let method = chance(0.5) ? acronym() : methodName()
        var extras: [Template] = []
        if chance(0.03) { extras.append(pick(Template.sparseAttention)) }
        if chance(0.03) { extras.append(pick(Template.sparseOnly)) }
        if chance(0.10) { extras.append(pick(Template.attentionOnly)) }
        while words < target {
            let template = !extras.isEmpty && chance(0.3) ? extras.removeLast() : pick(Template.sentences)
            let sentence = render(template, method: method, inTitle: false)
            words += template.wordCount
            sentences.append(sentence)
        }
        for template in extras { sentences.append(render(template, method: method, inTitle: false)) }
        return sentences.joined(separator: " ")
    }

    /// Fills a template's slots with random words ({method} with the abstract's method name);
    /// title words keep their capitals.
    private mutating func render(_ template: Template, method: String, inTitle: Bool) -> String {
        var text = ""
        for part in template.parts {
            switch part {
            case .literal(let literal): text += literal
            case .slot(let slot): text += slotValue(slot, method: method, inTitle: inTitle)
            }
        }
        if template.hasPercent, chance(0.15) { text = text.replacingOccurrences(of: "%", with: "\\%") }
        return text
    }

    private mutating func slotValue(_ slot: String, method: String, inTitle: Bool) -> String {
        switch slot {
        case "method": return chance(0.04) && !inTitle ? "\\textit{\(method)}" : method
        case "topic": return pick(GeneratorWords.topics)
        case "setting": return pick(GeneratorWords.settings)
        case "obstacle": return pick(GeneratorWords.obstacles)
        case "assumption": return pick(GeneratorWords.assumptions)
        case "component", "component2": return pick(GeneratorWords.components)
        case "problem": return pick(GeneratorWords.problems)
        case "dataset", "dataset2": return pick(GeneratorWords.datasets)
        case "number", "number2": return number()
        case "rate": return chance(0.2) ? "\\sqrt{T}" : "T"
        case "handle": return pick(GeneratorWords.handles)
        case "repo": return methodName() + (chance(0.1) ? "}}" : "")
        case "adj": return inTitle ? pick(GeneratorWords.adjectives) : pick(GeneratorWords.adjectives).lowercased()
        case "noun", "noun2": return inTitle ? pick(GeneratorWords.nouns) : pick(GeneratorWords.nouns).lowercased()
        case "task": return pick(GeneratorWords.tasks)
        case "verb": return pick(GeneratorWords.verbs)
        case "acronym": return acronym()
        default: return slot
        }
    }

    // MARK: Pieces

    private mutating func name() -> String {
        "\(pick(GeneratorWords.givenNames)) \(pick(GeneratorWords.familyNames))"
    }

    /// 1-8 authors, mostly 3-5.
    private mutating func authorCount() -> Int {
        let weights = [1, 2, 4, 5, 4, 3, 2, 1]
        var roll = Int(random.next(below: UInt64(weights.reduce(0, +))))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index + 1 }
            roll -= weight
        }
        return 3
    }

    /// An upper-case acronym such as "OCMM": the long tail of the vocabulary.
    private mutating func acronym() -> String {
        let letters = Array("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        return String((0..<(3 + Int(random.next(below: 3)))).map { _ in letters[Int(random.next(below: UInt64(letters.count)))] })
    }

    /// A made-up method name such as "ScaleGrad" or "Vorimex".
    private mutating func methodName() -> String {
        let syllables = ["ka", "lo", "mi", "rex", "tra", "vo", "zen", "qui", "dar", "fel", "gon",
                         "nu", "pi", "sol", "ter", "vex", "ul", "bri", "cor", "dyn"]
        let count = 2 + Int(random.next(below: 2))
        let word = (0..<count).map { _ in pick(syllables) }.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    private mutating func number() -> String {
        chance(0.5) ? String(random.next(below: 90) + 2) : "\(random.next(below: 40) + 1).\(random.next(below: 10))"
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next(below: UInt64(items.count)))] }

    private mutating func chance(_ p: Double) -> Bool { Double(random.next(below: 1_000_000)) < p * 1_000_000 }

    private func clock(_ minute: Int) -> String {
        "\(minute / 60 % 24):\(String(minute % 60).leftPadded(2))"
    }
}

/// A sentence or title with {slot}s, split once into parts.
struct Template {
    enum Part {
        case literal(String)
        case slot(String)
    }

    let parts: [Part]
    let wordCount: Int
    let hasPercent: Bool

    init(_ text: String) {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            parts.append(.literal(String(rest[..<open])))
            parts.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        parts.append(.literal(String(rest)))
        self.parts = parts
        self.wordCount = text.split(separator: " ").count
        self.hasPercent = text.contains("%")
    }

    static let titles = GeneratorWords.titleTemplates.map(Template.init)
    static let sentences = GeneratorWords.sentences.map(Template.init)
    static let sparseAttention = GeneratorWords.sparseAttentionSentences.map(Template.init)
    static let sparseOnly = GeneratorWords.sparseOnlySentences.map(Template.init)
    static let attentionOnly = GeneratorWords.attentionOnlySentences.map(Template.init)
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

import Foundation
import LineupModel
@testable import LineupSearch
import Testing

/// Phrases (needles with separators) answered from the word index's first offsets
/// (`Evaluator.matchPhrase`) give exactly what reading every text gives.
@Suite struct PhraseOffsetTests {
    /// Enough items that frequent words are promoted to dense lists while the index is built
    /// (from 4,096 on), so dense lists with and without offsets both occur.
    static let corpus = RandomCorpus.talks(5_000, seed: 41)
    static let index = SearchIndex(items: corpus, strategy: .wordIndex)
    static let scanned = SearchIndex(items: corpus, strategy: .scan)

    /// Items holding `needle` in `field`, by reading every text.
    private static func reading(_ index: SearchIndex, _ needle: [UInt8], field: FieldSet) -> [Int] {
        let column = index.textColumn(field)!, byteNeedle = ByteNeedle(needle)
        return (0..<index.count).filter { column.contains(byteNeedle, item: $0) }
    }

    /// Pieces of the corpus's own texts that hold a separator: they start and end anywhere
    /// in a word, span punctuation, double spaces and line breaks, and carry capitals and
    /// accents that folding removes.
    static func phrases(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        var phrases: [String] = []
        while phrases.count < count {
            let talk = corpus.randomElement(using: &random)!
            let text = [talk.title, talk.abstract, talk.authors.joined(separator: " ")].randomElement(using: &random)!
            let characters = Array(text)
            guard characters.count > 4 else { continue }
            let start = Int.random(in: 0..<characters.count - 3, using: &random)
            let end = min(characters.count, start + Int.random(in: 3...24, using: &random))
            let phrase = String(characters[start..<end])
            let folded = TextFolding.fold(phrase)
            guard folded.contains(where: { !TextFolding.isWordByte[Int($0)] }),
                  folded.contains(where: { TextFolding.isWordByte[Int($0)] }) else { continue }
            phrases.append(phrase)
        }
        return phrases
    }

    @Test("The index holds first offsets for title and abstract words, none for authors")
    func offsetsAreKept() throws {
        let words = try #require(Self.index.words)
        let title = words.postings[0], authors = words.postings[1], abstract = words.postings[2]
        #expect(title.sparseOffsets.count == title.sparse.count && !title.sparse.isEmpty)
        #expect(abstract.sparseOffsets.count == abstract.sparse.count && !abstract.sparse.isEmpty)
        #expect(authors.sparseOffsets.isEmpty && authors.denseOffsets.allSatisfy(\.isEmpty))
        // Dense lists of the commonest words carry none; those of rarer dense words do, one per item.
        let limit = WordOffsets.itemLimit(itemCount: Self.corpus.count)
        for postings in [title, abstract] {
            for (slot, offsets) in postings.denseOffsets.enumerated() {
                let count = postings.denseFrequency[slot].count
                #expect(offsets.isEmpty || (offsets.count == count && count < limit))
            }
        }
        #expect(title.denseOffsets.contains { !$0.isEmpty }, "a dense list below the limit carries offsets")
        #expect(abstract.denseOffsets.contains { $0.isEmpty }, "the commonest words' lists carry none")
    }

    @Test("The first offset of a word is where it starts in the item's text")
    func offsetsPointAtTheWord() throws {
        let words = try #require(Self.index.words)
        for (slot, field) in [(0, FieldSet.title), (2, .abstract)] {
            let postings = words.postings[slot], column = try #require(Self.index.textColumn(field))
            var checked = 0
            for word in stride(from: 0, to: words.vocabulary.count, by: 7) where postings.hasOffsets(UInt32(word)) {
                let bytes = words.vocabulary.withWord(word) { Array($0) }
                postings.forEachOccurrence(of: UInt32(word), within: Self.index.all) { occurrence in
                    let found = column.withText(of: occurrence.item) { text -> Bool in
                        let start = Int(occurrence.firstOffset)
                        guard start + bytes.count <= text.count else { return false }
                        let here = text[start..<start + bytes.count].map(ByteNeedle.fold)
                        return here == bytes && (start == 0 || !TextFolding.isWordByte[Int(text[start - 1])])
                    }
                    #expect(found, "\(String(decoding: bytes, as: UTF8.self)) in item \(occurrence.item)")
                    checked += 1
                }
            }
            #expect(checked > 1_000)
        }
    }

    @Test("Phrases from the corpus: the offsets' answer equals reading every text, field by field")
    func offsetsMatchReading() throws {
        let words = try #require(Self.index.words)
        var answeredByOffsets = 0
        for phrase in Self.phrases(count: 300, seed: 7) {
            let term = TextTerm(scope: [.title, .authors, .abstract], folded: TextFolding.fold(phrase))
            var runs = PhraseRun.runs(of: term, in: words)
            for field in [FieldSet.title, .abstract] {
                var evaluator = Evaluator(index: Self.index, bookmarked: Self.index.positions(of: []))
                let expected = Self.reading(Self.index, term.needle.bytes, field: field)
                guard let answer = evaluator.matchPhrase(term, field: field, within: Self.index.all, words: words,
                                                         runs: &runs) else { continue }
                answeredByOffsets += 1
                #expect(answer.map { $0 } == expected, "\(phrase.debugDescription) in \(field)")
            }
        }
        #expect(answeredByOffsets > 200, "most phrases are answered from the offsets")
    }

    @Test("Phrases typed as queries (closed and open) give the scan's result", arguments: [1, 2, 3])
    func queriesMatchTheScan(seed: UInt64) throws {
        for phrase in Self.phrases(count: 50, seed: seed) where !phrase.contains("\"") {
            for text in ["\"\(phrase)\"", "\"\(phrase)", "title:\"\(phrase)\"", "abstract:\"\(phrase)\" the"] {
                let query = try Query.parse(text)
                let expected = Self.scanned.search(query, toleratingTypos: false).positions
                #expect(Self.index.search(query, toleratingTypos: false).positions == expected, "\(text)")
            }
        }
    }

    @Test("Typing a phrase and deleting it in a session gives the scan's result at every keystroke")
    func typedPhrase() throws {
        for phrase in ["\"sparse attention", "\"graph, data", "\"Müller. the", "\"of the model", "\"learning  Ångström"] {
            var session = SearchSession(index: Self.index)
            let characters = Array(phrase)
            let texts = (1...characters.count).map { String(characters[..<$0]) }
            session.toleratesTypos = false
            for text in texts.dropFirst() + texts.dropFirst().reversed() {  // a lone quote is an error
                let query = try Query.parse(text)
                let expected = Self.scanned.search(query, toleratingTypos: false).positions
                let found = try session.search(text).get().positions
                #expect(found == expected, "\(text)")
            }
        }
    }

    @Test("A phrase never spans two author names; case and accents are folded")
    func authorsAndFolding() throws {
        let talks = [
            FakeTalk("Zero", authors: ["Ann Lee", "Bob Ray"]),
            FakeTalk("One", authors: ["Jérémie DONA", "Lee Bob"]),
            FakeTalk("Two", abstract: "We thank JÉRÉMIE Dona, and Ann Lee."),
        ] + RandomCorpus.talks(4_200, seed: 3)
        let index = SearchIndex(items: talks, strategy: .wordIndex), scanned = SearchIndex(items: talks, strategy: .scan)
        func positions(_ text: String) throws -> [Int] {
            let query = try Query.parse(text)
            let found = index.search(query, toleratingTypos: false).positions
            #expect(found == scanned.search(query, toleratingTypos: false).positions, "\(text)")
            return found.filter { $0 < 3 }
        }
        #expect(try positions("\"lee bob\"") == [1])
        #expect(try positions("\"ann lee\"") == [0, 2])
        #expect(try positions("\"jeremie dona") == [1, 2])
        #expect(try positions("\"dona, and ann") == [2])
        #expect(try positions("\"dona and") == [])
    }

    @Test("Texts longer than 64 KiB: words past the last 16-bit offset are still found")
    func farOffsets() throws {
        let filler = String(repeating: "plain words of filler text ", count: 2_600)  // about 70,000 bytes
        let talks = [
            FakeTalk("Far once", abstract: filler + "a quokka habitat survey"),
            FakeTalk("Far twice", abstract: "the quokka is small. " + filler + "a quokka habitat"),
            FakeTalk("Near", abstract: "quokka habitat " + filler),
            FakeTalk("Straddling", abstract: String(repeating: "x", count: 65_530) + " quokka habitat"),
            FakeTalk("Neither", abstract: filler + "quokka, habitat"),
        ]
        let index = SearchIndex(items: talks, strategy: .wordIndex), scanned = SearchIndex(items: talks, strategy: .scan)
        for text in ["\"quokka habitat", "\"a quokka h", "\"y quokka", "\"quokka,", "\"quokka is", "\"x quokka"] {
            let query = try Query.parse(text)
            #expect(index.search(query).positions == scanned.search(query).positions, "\(text)")
        }
        #expect(index.search(try Query.parse("\"quokka habitat")).positions == [0, 1, 2, 3])
    }

    @Test("Abstracts kept as recipes over their markup: phrases of the display form are found from the offsets")
    func recipes() throws {
        // `#` becomes a group number, so each group's words are rare (sparse or rarely dense
        // lists, which carry offsets).
        let abstracts = [
            "We prove that \\textit{Rexvopi#} converges at a rate of O(1/\\sqrt{T}) under mild assumptions#.",
            "A **bold#** claim with `code#`, ``quotes#'' and `single' ones, 10\\% better, \\alpha and \\beta#.",
            "Accents: Erd\\H{o}s#, G\\\"odel#, \\'{e}cole# and na\\\"ive#; \\unknown command; dangling# \\",
            "{\\color{black} " + String(repeating: "long text without markup ", count: 40) + "} Rexvopi# converges.",
            "Math $x^2 + y$ and \\(z#\\) and a footnote\\footnote{here#} and \\cite{a,b,c} dropped#.",
        ]
        let talks = (0..<6_000).map { number in
            let group = String(number / abstracts.count % 40)
            let abstract = abstracts[number % abstracts.count].replacingOccurrences(of: "#", with: group)
                + (number % 3 == 0 ? " Rexvopi\(group) \\emph{converges} again." : "")
            return Talk(id: TalkID("r\(number)"), title: "Talk \(number)", authors: ["Author \(number % 97)"], kind: .oral,
                        sessionID: SessionID("s"), session: "Posters", abstract: abstract, source: "recipes.txt")
        }
        let fragment = ScheduleFragment(
            source: Source(fileName: "recipes.txt", name: "Recipes", format: .sessionPage),
            sessions: [Session(id: SessionID("s"), kind: .listing, title: "Posters", source: "recipes.txt",
                               conference: "Recipes", talkIDs: talks.map(\.id))],
            talks: talks)
        let schedule = Schedule.assemble([fragment]).schedule
        let index = SearchIndex(schedule: schedule), scanned = SearchIndex(schedule: schedule, strategy: .scan)
        let words = try #require(index.words)
        let phrases = ["rexvopi7 converges", "that rexvopi12", "claim with code3", "bold0 claim", "10% better", "erdos1, godel1",
                       "ecole5 and naive5", "without markup long", "rexvopi9 converges again", "and z2 and", "dangling3",
                       "α and β6", "assumptions4.", "dropped8.", "o(1/"]
        var fromOffsets = 0
        for phrase in phrases {
            let query = try Query.parse("\"" + phrase)
            let found = index.search(query, toleratingTypos: false).positions
            #expect(found == scanned.search(query, toleratingTypos: false).positions, "\(phrase)")
            // And by reading the display forms directly.
            let needle = TextFolding.fold(phrase)
            let expected = schedule.talks.indices.filter { position in
                let talk = schedule.talks[position]
                return ([talk.title, MarkupText.plain(talk.abstract)] + talk.authors)
                    .contains { TextFolding.fold($0).firstRange(of: needle) != nil }
            }
            #expect(found == expected, "\(phrase)")
            #expect(!found.isEmpty, "\(phrase)")
            let term = TextTerm(scope: [.abstract], folded: needle)
            var runs = PhraseRun.runs(of: term, in: words)
            var evaluator = Evaluator(index: index, bookmarked: index.positions(of: []))
            if let answer = evaluator.matchPhrase(term, field: .abstract, within: index.all, words: words, runs: &runs) {
                fromOffsets += 1
                #expect(answer.map { $0 } == expected, "\(phrase)")
            }
        }
        #expect(fromOffsets >= 10, "most of them are answered from the offsets")
    }
}

import Dispatch
import Foundation
import LineupModel
import Synchronization

/// Builds a schedule's columns and word index on two threads: a thread of its own collects
/// the words of the abstracts (most of the words), this one makes every column and collects
/// the words of the titles and authors. The two vocabularies are then joined into the one a
/// single word builder would have made (`WordIndexBuilder.joinedNumbers`), and each thread
/// turns the lists it collected into the index's, renumbered: the index is the same as a
/// one-thread build's (`SharedIndexBuildTests`), and no column or list is copied.
///
/// The split: the abstracts' words cost about as much as all the rest, so the other thread
/// makes its own text of each abstract (`MarkupText.plain` runs twice per abstract, a tenth
/// of the work) rather than wait for this thread's column: at 100,000 generated talks it
/// uses about 65% of the CPU time, this thread 35%.
///
/// Memory: glibc's malloc gives each thread an arena of its own and reuses freed memory only
/// within it, so the two threads' freed scraps do not make room for each other's lists as
/// they would on one thread. Each thread finishes its own lists (so the lists it frees make
/// room for them), and the pages left free are handed back (`FreedMemory`, 2-10 ms each
/// time): when this thread has collected, when both have, and at the end. Without that the
/// peak at 100,000 talks was 4–6 MB above a one-thread build's, over the 300 MB target; with
/// it, the same as one thread's, and the index's resident size after the build 7 MB less. Only `Sendable` values cross between the threads; each
/// builder stays on the thread that made it.
enum SharedBuild {
    /// The columns and word index of `talks[range]` (position i is talk `range.lowerBound + i`).
    /// Blocks until both threads are done.
    static func run(talks: [Talk], range: Range<Int>, sourceValues: [String: SearchValue])
        -> (lead: LeadColumns, abstract: TextColumn, words: WordIndex)
    {
        let count = range.count
        let exchange = Exchange()
        @Sendable func entries() -> some Sequence<ScheduleEntry> {
            range.lazy.map { ScheduleEntry(talks: talks, position: $0, sourceValues: sourceValues) }
        }
        let worker = Thread {
            var words = WordIndexBuilder(expectedItems: count, fields: 2..<3)
            for (position, entry) in entries().enumerated() {
                if case .text(let text)? = entry.value(for: .abstract) {
                    TextColumn.withWordBytes(of: text) { words.addWords(of: $0, field: 2, item: position) }
                } else {
                    words.addWords(of: UnsafeBufferPointer(start: nil, count: 0), field: 2, item: position)
                }
                words.endItem()
            }
            exchange.abstractWords.put(words.handOverWords(keepingTable: false))
            let (numbers, wordCount) = exchange.abstractNumbers.take()
            exchange.abstractPostings.put(words.finishFields(renumbered: numbers, wordCount: wordCount, itemCount: count))
        }
        worker.stackSize = 4 << 20
        worker.start()

        var lead = LeadColumns(expectedCount: count)
        var abstract = TextColumn(expectedCount: count)
        var words = WordIndexBuilder(expectedItems: count, fields: 0..<2)
        for entry in entries() {
            let position = lead.count
            lead.append(entry)
            abstract.append(entry.value(for: .abstract), derivedFrom: talks[entry.position].abstract)
            lead.title.withText(of: position) { words.addWords(of: $0, field: 0, item: position) }
            lead.authors.withText(of: position) { words.addWords(of: $0, field: 1, item: position) }
            words.endItem()
        }
        lead.finish()
        abstract.finish()
        let leadWords = words.handOverWords(keepingTable: true)
        FreedMemory.returnToSystem()  // this thread's scraps, while the other still collects
        let abstractWords = exchange.abstractWords.take()
        FreedMemory.returnToSystem()
        let joined = WordIndexBuilder.joinedNumbers(leadWords, abstractWords)
        exchange.abstractNumbers.put((joined.second, joined.vocabulary.count))
        var postings = words.finishFields(renumbered: joined.first, wordCount: joined.vocabulary.count, itemCount: count)
        postings += exchange.abstractPostings.take()
        FreedMemory.returnToSystem()
        return (lead, abstract, WordIndex(vocabulary: joined.vocabulary, lookup: joined.lookup, postings: postings))
    }

    /// What the two threads hand each other, each value once.
    private final class Exchange: Sendable {
        let abstractWords = Handover<WordIndexBuilder.Words>()
        let abstractNumbers = Handover<([UInt32], Int)>()
        let abstractPostings = Handover<[WordIndex.FieldPostings]>()
    }
}

/// One value passed from one thread to another: `take` waits until `put` has run.
private final class Handover<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let ready = DispatchSemaphore(value: 0)

    func put(_ new: Value) {
        value.withLock { $0 = new }
        ready.signal()
    }

    func take() -> Value {
        while true {
            ready.wait()
            if let taken = value.withLock({ $0.take() }) { return taken }
        }
    }
}

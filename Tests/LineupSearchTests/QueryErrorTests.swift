import Foundation
@testable import LineupSearch
import Testing

/// Malformed queries: each case marks the part at fault with 1️⃣ (start) and 2️⃣ (end) and
/// gives the start of the message expected there.
@Suite struct QueryErrorTests {
    /// Parses `marked` without its markers and checks the error's message, position and length.
    private func expectError(_ marked: String, _ message: String, otherKinds: Set<String> = [],
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let characters = Array(marked)
        let start = characters.firstIndex(of: "1️⃣")!
        let end = characters.firstIndex(of: "2️⃣")!
        let query = marked.replacingOccurrences(of: "1️⃣", with: "").replacingOccurrences(of: "2️⃣", with: "")
        do {
            let parsed = try Query.parse(query, otherKinds: otherKinds)
            Issue.record("\(query) parsed as \(parsed.root)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.position == start, "position for \(query)", sourceLocation: sourceLocation)
            #expect(error.length == end - start - 1, "length for \(query)", sourceLocation: sourceLocation)
            #expect(error.message.hasPrefix(message), "message \(error.message)", sourceLocation: sourceLocation)
        }
    }

    @Test("An unknown field is reported at its name")
    func unknownField() {
        expectError("sparse 1️⃣foo2️⃣:bar", "unknown field 'foo'; fields are title, author, person, abstract, session, "
                    + "room, track, kind, type, award, lang, day, after, before, source, id, is")
        expectError("1️⃣http2️⃣://example.org", "unknown field 'http'")
        expectError("-1️⃣speaker2️⃣:dao", "unknown field 'speaker'")
    }

    @Test("A field without a value is reported at the field")
    func emptyValue() {
        expectError("1️⃣title:2️⃣", "'title:' needs a value")
        expectError("graph 1️⃣author:2️⃣ networks", "'author:' needs a value")
        expectError("1️⃣kind:2️⃣|oral", "'kind:' needs a value")
    }

    @Test("Malformed values are reported at the value")
    func malformedValues() {
        expectError("kind:1️⃣poster2️⃣", "unknown kind 'poster'; kinds are oral, spotlight, qa, paper")
        expectError("kind:oral|1️⃣talk2️⃣", "unknown kind 'talk'")
        expectError("day:1️⃣2022-13-012️⃣", "day: expects a date like 2022-07-19 or a weekday like tue")
        expectError("day:1️⃣2022-02-302️⃣", "day: expects")
        expectError("day:1️⃣t2️⃣", "day: expects")
        expectError("after:1️⃣25:002️⃣", "after: expects a time like 13:00")
        expectError("before:1️⃣13:62️⃣", "before: expects a time")
        expectError("before:1️⃣13pm2️⃣", "before: expects a time")
        expectError("after:1️⃣noon2️⃣", "after: expects a time")
        expectError("is:1️⃣starred2️⃣", "is: knows bookmarked, now, past and upcoming, not 'starred'")
    }

    @Test("The fields of the schedule formats report their faults at the field or the value")
    func scheduleFormatFields() {
        expectError("1️⃣track:2️⃣", "'track:' needs a value")
        expectError("rust 1️⃣lang:2️⃣", "'lang:' needs a value")
        expectError("1️⃣id:2️⃣|12", "'id:' needs a value")
        expectError("1️⃣person:2️⃣", "'person:' needs a value")
        expectError("type:1️⃣keynote2️⃣", "unknown type 'keynote'; types are oral, spotlight, qa, paper, talk, workshop",
                    otherKinds: ["talk", "workshop"])
        expectError("type:talk|1️⃣panel2️⃣", "unknown type 'panel'", otherKinds: ["talk"])
        expectError("1️⃣language2️⃣:en", "unknown field 'language'")
    }

    @Test("Kinds the data names are accepted only when the index passes them")
    func otherKinds() throws {
        expectError("kind:1️⃣talk2️⃣", "unknown kind 'talk'; kinds are oral, spotlight, qa, paper, poster, tutorial",
                    otherKinds: ["Tutorial", "Poster"])
        let query = try Query.parse("kind:Poster", otherKinds: ["poster"])
        #expect(query.root == .allOf([.term(.kind("poster"))]))
    }

    @Test("A lone minus, a dangling bar and empty phrases are errors")
    func danglingOperators() {
        expectError("sparse 1️⃣-2️⃣", "'-' must be followed by a word")
        expectError("1️⃣-2️⃣ sparse", "'-' must be followed by a word")
        expectError("sparse 1️⃣|2️⃣", "'|' needs a term after it")
        expectError("sparse 1️⃣|2️⃣ | dense", "'|' needs a term after it")
        expectError("1️⃣|2️⃣ dense", "'|' needs a term before it")
        expectError("kind:oral1️⃣|2️⃣", "'|' needs a term after it")
        expectError("graph 1️⃣\"\"2️⃣", "empty phrase")
        expectError("graph 1️⃣\"2️⃣", "a phrase needs text after its quote")
        expectError("title:1️⃣\"\"2️⃣", "empty phrase")
    }

    @Test("A query longer than 1,000 characters is refused at its 1,001st")
    func tooLong() {
        expectError(String(repeating: "a", count: 1000) + "1️⃣bcd2️⃣", "the query is longer than 1000 characters")
        #expect((try? Query.parse(String(repeating: "ab ", count: 333))) != nil)
    }

    @Test("Positions count characters, not bytes")
    func positionsCountCharacters() {
        expectError("Jérémie 東京 1️⃣foo2️⃣:x", "unknown field 'foo'")
    }

    @Test("The error's description and caret line point at the fault")
    func presentation() throws {
        #expect(throws: QueryError.self) { try Query.parse("sparse foo:bar") }
        do {
            _ = try Query.parse("sparse foo:bar")
        } catch {
            #expect(error.description.hasPrefix("column 8: unknown field 'foo'"))
            #expect(error.caretLine == "       ^^^")
        }
    }

    @Test("A long query is quoted around the fault only: at most 80 characters and the carets under the fault")
    func longQueryExcerpt() throws {
        let query = String(repeating: "word ", count: 90) + "foo:bar" + String(repeating: " tail", count: 90)
        let error = try #require(throws: QueryError.self) { try Query.parse(query) }
        let excerpt = error.excerpt(of: query)
        #expect(excerpt.line.count == 82, "80 characters and an ellipsis at each end")
        #expect(excerpt.line.hasPrefix("…") && excerpt.line.hasSuffix("…"))
        let caret = try #require(excerpt.carets.firstIndex(of: "^"))
        let at = excerpt.line.index(excerpt.line.startIndex, offsetBy: excerpt.carets.distance(from: excerpt.carets.startIndex, to: caret))
        #expect(excerpt.line[at...].hasPrefix("foo:bar"))
        #expect(excerpt.carets.trimmingCharacters(in: .whitespaces) == "^^^")

        let huge = String(repeating: "x ", count: 50_000)
        let tooLong = try #require(throws: QueryError.self) { try Query.parse(huge) }
        let cut = tooLong.excerpt(of: huge)
        #expect(cut.line.count <= 82 && cut.carets.count <= 82)
        #expect(error.excerpt(of: "short").line == "short", "a short query is quoted whole")
    }
}

import LineupImport
import LineupModel
import Testing

@Suite("Reading a file as text: what is refused and where")
struct PageTextTests {
    func failure(_ bytes: [UInt8], lineLimit: Int = PageText.defaultLineLimit) -> ImportError? {
        do {
            _ = try PageText(bytes: bytes, file: "f.txt", lineLimit: lineLimit)
            return nil
        } catch {
            return error
        }
    }

    @Test("An empty file and a file of white space are refused as empty")
    func empty() {
        #expect(failure([])?.reason == .empty)
        #expect(failure(Array(" \n\t\r\n  \n".utf8))?.reason == .empty)
        #expect(failure([0xEF, 0xBB, 0xBF])?.reason == .empty)
        #expect(failure([])?.description == "f.txt: error: the file is empty")
    }

    @Test("A file holding NUL bytes is refused as binary, even when it is also invalid UTF-8")
    func binary() {
        #expect(failure(Array("text\n".utf8) + [0, 1, 2])?.reason == .binary)
        #expect(failure([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])?.reason == .binary)
    }

    @Test("Invalid UTF-8 is refused naming the line and byte")
    func invalidUTF8() {
        let bytes = Array("line one\nline two\nbad ".utf8) + [0xC3, 0x28] + Array(" here\n".utf8)
        let error = failure(bytes)
        #expect(error?.reason == .invalidUTF8(byteOffset: 22))
        #expect(error?.line == 3)
        #expect(error?.description == "f.txt:3: error: the file is not valid UTF-8 (byte 22)")
    }

    @Test("Overlong forms, surrogates and truncated sequences are invalid UTF-8")
    func strictUTF8() {
        #expect(failure([0x61, 0xC0, 0xAF])?.reason == .invalidUTF8(byteOffset: 1))
        #expect(failure([0x61, 0xED, 0xA0, 0x80])?.reason == .invalidUTF8(byteOffset: 1))
        #expect(failure([0x61, 0xF4, 0x90, 0x80, 0x80])?.reason == .invalidUTF8(byteOffset: 1))
        #expect(failure([0x61, 0xE2, 0x82])?.reason == .invalidUTF8(byteOffset: 1))
        #expect(failure(Array("ok: é € 𝄞 王\n".utf8)) == nil)
    }

    @Test("A line longer than the limit is refused naming that line")
    func hugeLine() {
        let bytes = Array("short\n".utf8) + [UInt8](repeating: 0x61, count: 2000) + Array("\nshort\n".utf8)
        let error = failure(bytes, lineLimit: 1000)
        #expect(error?.reason == .lineTooLong(bytes: 2000, limit: 1000))
        #expect(error?.line == 2)
        #expect(failure([UInt8](repeating: 0x61, count: 1001), lineLimit: 1000)?.line == 1)
    }

    @Test("LF, CRLF and lone CR all end lines, and a byte-order mark is skipped")
    func lineEndings() throws {
        let text = try PageText(bytes: [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\rthree\nfour".utf8), file: "f.txt")
        #expect(text.lines.indices.map { text.text(ofLine: $0) } == ["one", "two", "three", "four"])
    }
}

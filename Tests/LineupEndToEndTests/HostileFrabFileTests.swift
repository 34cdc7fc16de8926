import Foundation
import LineupModel
import Testing

/// The hostile files of issue 12 for the frab XML and JSON readers, given to the real binary
/// under the suite's deadline.
extension HostileFileTests {
    @Test("An XML entity bomb is refused at once, naming the file and the line; nothing is expanded")
    func entityBomb() throws {
        var xml = "<?xml version='1.0'?>\n<!DOCTYPE schedule [\n<!ENTITY lol0 'lololololololololololol'>\n"
        for level in 1...12 {
            xml += "<!ENTITY lol\(level) '" + String(repeating: "&lol\(level - 1);", count: 10) + "'>\n"
        }
        xml += "]>\n<schedule><conference><title>&lol12;</title></conference><day date='2024-01-01' index='1'>"
            + "<room name='R'><event id='1'><start>10:00</start><title>&lol12;</title></event></room></day></schedule>\n"
        let scratch = try Scratch()
        let file = try scratch.write("bomb.xml", Array(xml.utf8))
        let result = try lineup(["list", "--data", file])
        expectRefused(result, naming: file, line: 17)
        #expect(result.stderr.contains("the DOCTYPE is ignored"))
        #expect(result.stderr.contains("an entity that is not declared"))
    }

    @Test("A DOCTYPE with an external entity reads no file")
    func externalEntity() throws {
        let scratch = try Scratch()
        let secret = try scratch.write("secret.txt", Array("TOP-SECRET-LINE\n".utf8))
        let xml = "<?xml version='1.0'?>\n<!DOCTYPE schedule [<!ENTITY leak SYSTEM 'file://\(secret)'>]>\n"
            + "<schedule><conference><title>C</title></conference><day date='2024-01-01' index='1'><room name='R'>"
            + "<event id='1'><start>10:00</start><title>&leak;</title></event></room></day></schedule>\n"
        let file = try scratch.write("external.xml", Array(xml.utf8))
        let result = try lineup(["list", "--json", "--data", file])
        #expect(!result.stdout.contains("TOP-SECRET") && !result.stderr.contains("TOP-SECRET"))
        #expect(result.stderr.contains("\(file):3:"), "stderr: \(result.stderr)")
        #expect(result.status != 0)
    }

    @Test("A million nested elements are refused, naming the file; no stack overflow")
    func deepXML() throws {
        let scratch = try Scratch()
        let bytes = Array("<schedule>".utf8) + Array(repeating: Array("<a>".utf8), count: 1_000_000).flatMap { $0 }
            + Array(repeating: Array("</a>".utf8), count: 1_000_000).flatMap { $0 } + Array("</schedule>\n".utf8)
        let file = try scratch.write("deep.xml", bytes)
        let result = try lineup(["list", "--data", file])
        expectRefused(result, naming: file, line: 1)
        #expect(result.stderr.contains("malformed XML: elements nested deeper than 256 levels"))
    }

    @Test("A 100 MB line of frab XML is refused at once, naming the file and the line")
    func hundredMegabyteXMLLine() throws {
        let scratch = try Scratch()
        let head = "<schedule><conference><title>C</title></conference><day date='2024-01-01' index='1'><room name='R'>"
            + "<event id='1'><start>10:00</start><duration>00:30</duration><title>Long</title><abstract>"
        let tail = "</abstract></event></room></day></schedule>"
        var bytes = Array(head.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100_000_000)
        bytes += Array(tail.utf8)
        let file = try scratch.write("long-line.xml", bytes)
        let result = try lineup(["list", "--count", "--data", file])
        expectRefused(result, naming: file, line: 1)
        #expect(result.stderr.contains("bytes without markup is longer than the limit (1048576 bytes)"))
    }

    @Test("A 100 MB line of frab JSON imports within the deadline")
    func hundredMegabyteJSONLine() throws {
        let scratch = try Scratch()
        let head = #"{"schedule": {"conference": {"title": "C", "days": [{"date": "2024-01-01", "rooms": {"R": [{"id": 1, "start": "10:00", "duration": "00:30", "title": "Long", "abstract": ""#
        var bytes = Array(head.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100_000_000)
        bytes += Array(#""}]}}]}}}"#.utf8)
        let file = try scratch.write("long-line.json", bytes)
        let result = try lineup(["list", "--count", "--data", file])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "1\n")
    }
}

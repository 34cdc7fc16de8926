import Foundation
import Testing

/// `--data -`, /dev/stdin, process substitution and links through $LINEUP_DATA (issue 11,
/// defects 11 and 17), run through the real binary.
@Suite("Data from standard input, pipes and links")
struct DataInputTests {
    static let page = LineupBinary.dataDirectory + "/icml2021-applications-3.txt"

    /// Runs a shell command line with `$LINEUP` set to the binary.
    func shell(_ script: String) throws -> LineupBinary.Result {
        let binary = try #require(LineupBinary.path)
        return try RunningProgram("/bin/bash", ["-c", script],
                                  environment: ["LINEUP": binary, "PAGE": Self.page]).finish()
    }

    @Test("--data - reads the page from standard input and names it so in warnings")
    func standardInput() throws {
        let piped = try shell(#""$LINEUP" list --count --data - --reference-year 2026 < "$PAGE""#)
        #expect(piped.stdout == "8\n", "stderr: \(piped.stderr)")
        #expect(piped.status == 0)
        let junk = try shell(#"printf 'not a schedule\n' | "$LINEUP" list --data -"#)
        #expect(junk.status == 1)
        #expect(junk.stderr.contains("standard input: error: not a schedule Lineup reads"), "stderr: \(junk.stderr)")
    }

    @Test("/dev/stdin and process substitution are read like files")
    func devStdinAndProcessSubstitution() throws {
        let stdin = try shell(#"cat "$PAGE" | "$LINEUP" list --count --data /dev/stdin"#)
        #expect(stdin.stdout == "8\n", "stderr: \(stdin.stderr)")
        let substituted = try shell(#""$LINEUP" list --count --data <(cat "$PAGE")"#)
        #expect(substituted.stdout == "8\n", "stderr: \(substituted.stderr)")
    }

    @Test("$LINEUP_DATA may be a symbolic link to a page")
    func linkInEnvironment() throws {
        let scratch = try Scratch()
        let link = scratch.path + "/page.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: Self.page)
        let result = try LineupBinary.run(["list", "--count"], environment: ["LINEUP_DATA": link])
        #expect(result.stdout == "8\n", "stderr: \(result.stderr)")
        #expect(result.status == 0)
    }
}

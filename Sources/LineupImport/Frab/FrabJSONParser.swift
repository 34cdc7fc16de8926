import LineupModel

/// frab/pretalx schedule JSON (version 1 and the flat schedule2 shape) to a fragment:
/// `FrabJSONStreamReader` reads it into a `FrabScheduleBuilder`, which makes the items and
/// room sessions. Pure; never traps; problems are diagnostics naming `path` and the line.
public enum FrabJSONParser {
    /// Nil when the bytes are not JSON, or JSON of another shape. (Read in pieces as large
    /// files are; see `FrabJSONStreamReader`.)
    public static func parse(_ bytes: [UInt8], path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])?
    {
        guard let (fragment, diagnostics, _) = read(ByteSource(bytes: bytes), path: path, context: context) else { return nil }
        return (fragment, diagnostics)
    }

    /// As `parse`, with the lines of bare `NaN`/`Infinity` values (for the caller's warning).
    static func read(_ source: ByteSource, path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic], nonFiniteLines: [Int])?
    {
        let empty = FrabScheduleBuilder(format: .frabJSON, path: path, context: context)
        guard case (var builder, let diagnostics, let nonFiniteLines)? = FrabJSONStreamReader.read(source, path: path, into: empty)
        else { return nil }
        let (fragment, buildDiagnostics) = builder.finish()
        return (fragment, diagnostics + buildDiagnostics, nonFiniteLines)
    }
}

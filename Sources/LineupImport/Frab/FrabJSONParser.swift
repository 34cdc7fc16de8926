import LineupModel

/// frab/pretalx schedule JSON (version 1 and the flat schedule2 shape) to a fragment:
/// `FrabJSONStreamReader` reads it, `FrabScheduleBuilder` makes the items and room sessions.
/// Pure; never traps; problems are diagnostics naming `path` and the line.
public enum FrabJSONParser {
    /// Nil when the bytes are not JSON, or JSON of another shape.
    public static func parse(_ bytes: [UInt8], path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])?
    {
        guard let (document, diagnostics, _) = FrabJSONStreamReader.read(bytes, path: path) else { return nil }
        let (fragment, buildDiagnostics) = FrabScheduleBuilder.build(consume document, format: .frabJSON, path: path,
                                                                     context: context)
        return (fragment, diagnostics + buildDiagnostics)
    }
}

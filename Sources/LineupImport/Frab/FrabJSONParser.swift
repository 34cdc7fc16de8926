import LineupModel

/// frab/pretalx schedule JSON (version 1 and the flat schedule2 shape) to a fragment:
/// `FrabJSONReader` reads the tree, `FrabScheduleBuilder` makes the items and room sessions.
/// Pure; never traps; problems are diagnostics naming `path` and the line.
public enum FrabJSONParser {
    /// Nil when the bytes are not JSON, or JSON of another shape.
    public static func parse(_ bytes: [UInt8], path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])?
    {
        guard let (root, _) = try? JSONTreeReader.read(bytes), FrabJSONReader.matches(root) else { return nil }
        return parse(root, path: path, context: context)
    }

    /// A tree already read (`FrabJSONReader.matches(root)` holds).
    static func parse(_ root: JSONNode, path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])
    {
        let (document, readDiagnostics) = FrabJSONReader.read(root, path: path)
        let (fragment, buildDiagnostics) = FrabScheduleBuilder.build(document, format: .frabJSON, path: path, context: context)
        return (fragment, readDiagnostics + buildDiagnostics)
    }
}

import LineupModel

/// frab/Pentabarf schedule XML (`<schedule>` with `<conference>`, `<day>`, `<room>`,
/// `<event>`) to a fragment: `FrabXMLReader` reads the elements into a `FrabScheduleBuilder`,
/// which makes the items (as they are read) and the room sessions. Pure; never traps;
/// problems are diagnostics naming `path` and the line.
public enum FrabXMLParser {
    public static func parse(_ bytes: [UInt8], path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])
    {
        var builder = FrabScheduleBuilder(format: .frabXML, path: path, context: context)
        let readDiagnostics = FrabXMLReader.read(bytes, path: path, into: &builder)
        let (fragment, buildDiagnostics) = builder.finish()
        return (fragment, readDiagnostics + buildDiagnostics)
    }
}

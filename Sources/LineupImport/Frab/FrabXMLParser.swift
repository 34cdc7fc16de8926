import LineupModel

/// frab/Pentabarf schedule XML (`<schedule>` with `<conference>`, `<day>`, `<room>`,
/// `<event>`) to a fragment: `FrabXMLReader` reads the elements, `FrabScheduleBuilder` makes
/// the items and room sessions. Pure; never traps; problems are diagnostics naming `path`
/// and the line.
public enum FrabXMLParser {
    public static func parse(_ bytes: [UInt8], path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])
    {
        let (document, readDiagnostics) = FrabXMLReader.read(bytes, path: path)
        let (fragment, buildDiagnostics) = FrabScheduleBuilder.build(consume document, format: .frabXML, path: path,
                                                                     context: context)
        return (fragment, readDiagnostics + buildDiagnostics)
    }
}

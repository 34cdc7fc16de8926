import LineupModel

/// frab/Pentabarf schedule XML (`<schedule>` with `<conference>`, `<day>`, `<room>`,
/// `<event>`) to a fragment: `FrabXMLReader` reads the elements into a `FrabScheduleBuilder`,
/// which makes the items (as they are read) and the room sessions. Pure; never traps;
/// problems are diagnostics naming `path` and the line.
public enum FrabXMLParser {
    public static func parse(_ bytes: [UInt8], path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])
    {
        // Read as a large file is, in pieces (the whole file only when those cannot be used).
        parse(ByteSource(bytes: bytes), path: path, context: context)
            ?? parseWhole(bytes, path: path, context: context)
    }

    /// As `parse(_:[UInt8]...)`, reading `source` in pieces; nil only when the source fails
    /// (see `ByteSource.failure`).
    static func parse(_ source: ByteSource, path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])?
    {
        var builder = FrabScheduleBuilder(format: .frabXML, path: path, context: context)
        if let readDiagnostics = FrabXMLReader.read(source, path: path, into: &builder) {
            let (fragment, buildDiagnostics) = builder.finish()
            return (fragment, readDiagnostics + buildDiagnostics)
        }
        // Refused by the checks, or a DOCTYPE reaching past the head: the whole file.
        guard let bytes = source.readAll() else { return nil }
        return parseWhole(bytes, path: path, context: context)
    }

    /// The whole file at once: its checks made before parsing, a DOCTYPE anywhere in the prolog blanked.
    static func parseWhole(_ bytes: [UInt8], path: String, context: ImportContext)
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])
    {
        var builder = FrabScheduleBuilder(format: .frabXML, path: path, context: context)
        let readDiagnostics = FrabXMLReader.read(bytes, path: path, into: &builder)
        let (fragment, buildDiagnostics) = builder.finish()
        return (fragment, readDiagnostics + buildDiagnostics)
    }
}

import ArgumentParser
import LineupTUI

/// `lineup help-tables --man` (hidden): the browser's keys and the query language as mdoc
/// sections, which `make install` appends to the generated man page.
struct HelpTablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help-tables",
        abstract: "Print the browser's key table and the query language as man page sections.",
        shouldDisplay: false)

    @Flag(help: "mdoc sections for the man page (the only format).")
    var man = false

    func run() throws {
        guard man else { throw ValidationError("give --man") }
        try Console.write(ManualSections.mdoc)
    }
}

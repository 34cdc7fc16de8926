import Foundation
import LineupImport
import LineupModel
import Testing

/// Inputs `make fuzz` found that once broke an invariant, kept in Fixtures/fuzz-regressions.
/// Each must now import without a trap and keep the invariant that failed.
@Suite("Inputs found by fuzzing")
struct FuzzRegressionTests {
    static let directory = Bundle.module.resourceURL!
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static func regression(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    @Test("Every saved input imports without a trap, and items never end before they start")
    func everySavedInput() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let imported = ScheduleImporter.importFile(
                bytes: try Self.regression(name), path: name, context: ImportContext(fileName: name))
            for talk in Schedule.assemble(imported.fragments).schedule.talks {
                if let start = talk.start, let end = talk.end { #expect(end >= start, "\(name): \(talk.id)") }
            }
            #expect(imported.diagnostics.allSatisfy { $0.file == name })
        }
    }

    @Test("A JSON schedule whose item ends before it starts is refused, naming the item")
    func endBeforeStart() throws {
        let name = "native-schedule-end-before-start.json"
        let imported = ScheduleImporter.importFile(
            bytes: try Self.regression(name), path: name, context: ImportContext(fileName: name))
        #expect(imported.failure != nil)
        #expect(imported.fragments.isEmpty)
        let message = imported.diagnostics.first?.description ?? ""
        #expect(message.contains(name))
        #expect(message.contains("item t06fc4a22e194ed73 ends (1010-07-23T00:55:00Z) before it starts"))
    }

    @Test("The committed JSON schedule of one seed page still reads, so old files stay readable")
    func committedScheduleStillReads() throws {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/icml2021-applications-3.schedule.json")
        let imported = ScheduleImporter.importFile(
            bytes: [UInt8](try Data(contentsOf: url)), path: "s.json", context: ImportContext(fileName: "s.json"))
        #expect(imported.diagnostics.isEmpty)
        let schedule = Schedule.assemble(imported.fragments).schedule
        #expect(schedule.talks.count == 8)
        #expect(schedule.talks.first?.title.hasPrefix("Straight to the Gradient") == true)
        #expect(schedule.talks.first.flatMap(\.start).map(ISOInstant.format) == "2021-07-23T00:00:00Z")
    }
}

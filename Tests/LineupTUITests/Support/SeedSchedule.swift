import Foundation
import LineupImport
import LineupModel

/// The shipped seeds (Data/) as the importer reads them, plus a small page in the same shape
/// that the seeds lack: a session in parallel with "DL: Algorithms" whose first talk has a
/// CJK title and authors (and overlaps Monarch), and whose second has a very long title.
enum SeedSchedule {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let cjkTitle = "深度学习的高效训练方法：结构化矩阵与稀疏注意力机制的统一框架研究"
    static let longTitle = "A Remarkably Long Title About Structured Sparsity That Goes On And On Past The Width Of Any Pane Anyone Would Reasonably Open In A Terminal"

    static let parallelPage = """
        Skip to yearly menu bar Skip to main content


        Session

        Parallel Track 並行セッション

        Hall F

        Moderator: 王小明

        Abstract:

        Chat is not available.

        Tue 19 July 11:10 - 11:30 PDT

        Oral
        \(cjkTitle)

        王小明 · 김철수 · 田中太郎

        本文提出一种新的结构化矩阵训练方法，在保持精度的同时显著降低计算成本。

        Tue 19 July 11:30 - 11:35 PDT

        Spotlight
        \(longTitle)

        Ada Lovelace · Charles Babbage

        We study structured sparsity at length.

        """

    /// The seeds alone.
    static func seeds() -> Schedule {
        ScheduleLoader(referenceYear: 2026).load([packageRoot.appendingPathComponent("Data").path]).schedule
    }

    /// The seeds and the parallel page.
    static func withParallelPage() -> Schedule {
        let loaded = ScheduleLoader(referenceYear: 2026).loadFragments([packageRoot.appendingPathComponent("Data").path])
        let context = ImportContext(fileName: "icml2022-parallel-track.txt", sourceName: "ICML 2022", year: 2022, referenceYear: 2026)
        let extra = ScheduleImporter.importText(parallelPage, path: "icml2022-parallel-track.txt", context: context)
        return Schedule.assemble(loaded.fragments + extra.fragments).schedule
    }
}

import Foundation
import LineupModel

/// Loads what the user points at (`--data`): page files, Lineup JSON schedules, pipes and
/// standard input ("-"), and directories of them (subdirectories included) with an optional
/// manifest.json in each, into one schedule. Symbolic links are followed.
///
/// Files are read and parsed concurrently (one task per file); the result does not depend on
/// timing: fragments keep the order of the paths, and in a directory the manifest's order,
/// then the remaining files by name, then the subdirectories by name. Every problem is a diagnostic naming the file; nothing
/// here throws or traps. In a directory, files that are not schedules at all (unknown format,
/// binary) are skipped with a warning; a file named explicitly is an error.
public struct ScheduleLoader: Sendable {
    public var referenceYear: Int
    public var lineLimit: Int
    public var fileSizeLimit: Int
    /// `--timezone`: the zone floating times are pinned to, unless the manifest gives the file
    /// its own "timezone" (which wins, being about that file).
    public var pinnedTimeZone: TimeZone?
    /// Regular files larger than this are read in pieces by the parsers that can
    /// (`ScheduleImporter.importFile(atPath:)`); tests set 0 to read every file that way.
    public var streamingThreshold: Int

    public init(referenceYear: Int = YearInference.currentYear, lineLimit: Int = PageText.defaultLineLimit,
                fileSizeLimit: Int = FileReader.defaultSizeLimit, pinnedTimeZone: TimeZone? = nil,
                streamingThreshold: Int = FileReader.streamingThreshold) {
        self.referenceYear = referenceYear
        self.lineLimit = lineLimit
        self.fileSizeLimit = fileSizeLimit
        self.pinnedTimeZone = pinnedTimeZone
        self.streamingThreshold = streamingThreshold
    }

    /// The schedule of every path, assembled; diagnostics of loading then assembling.
    public func load(_ paths: [String]) -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        let (fragments, diagnostics) = loadFragments(paths)
        // The last reference, so the items are moved into the schedule rather than copied.
        let assembled = Schedule.assemble(consume fragments)
        Self.returnFreedMemory()
        return (assembled.schedule, diagnostics + assembled.diagnostics)
    }

    public func loadFragments(_ paths: [String]) -> (fragments: [ScheduleFragment], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let files = plan(paths, diagnostics: &diagnostics)
        let slots = ResultSlots(count: files.count)
        let buffers = BufferPool()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            var buffer = buffers.take()
            slots.store(importFile(files[index], buffer: &buffer), at: index)
            buffers.give(buffer)
        }
        var fragments: [ScheduleFragment] = []
        for (file, result) in zip(files, slots.results) {
            guard let result else { continue }
            if file.inDirectory, let failure = result.failure, failure.isNotASchedule {
                diagnostics.append(Diagnostic(.warning, file: file.name, "skipped: \(failure.message)"))
                continue
            }
            fragments += result.fragments
            diagnostics += result.diagnostics
        }
        return (fragments, diagnostics)
    }

    /// The files `load(paths)` reads, without reading them (directories are listed): what an
    /// output must never replace. Standard input is left out.
    public func filePaths(_ paths: [String]) -> [String] {
        var ignored: [Diagnostic] = []
        return plan(paths, diagnostics: &ignored).map(\.path).filter { $0 != DataPathStatus.standardInput }
    }

    // MARK: Planning

    struct PlannedFile: Sendable {
        /// What is opened: a path, or "-" for standard input.
        var path: String
        /// What diagnostics call the file: the path, or "standard input".
        var name: String
        var context: ImportContext
        var inDirectory: Bool
        /// Set when planning already knows the file cannot be read (it does not exist), so the
        /// error keeps its place among the paths.
        var failure: ImportError?

        init(path: String, name: String? = nil, context: ImportContext, inDirectory: Bool, failure: ImportError?) {
            self.path = path
            self.name = name ?? path
            self.context = context
            self.inDirectory = inDirectory
            self.failure = failure
        }
    }

    /// What diagnostics and items' `source` call standard input (`--data -`).
    public static let standardInputName = "standard input"

    func plan(_ paths: [String], diagnostics: inout [Diagnostic]) -> [PlannedFile] {
        var files: [PlannedFile] = []
        var manifests = ManifestCache()
        for path in paths {
            if path == DataPathStatus.standardInput {
                files.append(PlannedFile(path: path, name: Self.standardInputName,
                                         context: context(Self.standardInputName, nil), inDirectory: false, failure: nil))
                continue
            }
            let status: DataPathStatus
            do {
                status = try DataPathStatus.of(path)
            } catch {
                files.append(PlannedFile(path: path, context: context(ImportContext.fileName(ofPath: path), nil),
                                         inDirectory: false, failure: error))
                continue
            }
            if status.kind == .directory {
                var visited: Set<DataPathStatus.FileIdentity> = [status.identity]
                files += planDirectory(path, namePrefix: "", visited: &visited, manifests: &manifests,
                                       diagnostics: &diagnostics)
            } else {
                let name = ImportContext.fileName(ofPath: path)
                let manifest = manifests.manifest(in: Self.directory(of: path), loader: self, diagnostics: &diagnostics)
                let entry = manifest?.entry(forFile: name)
                files.append(PlannedFile(path: path, context: context(name, entry), inDirectory: false, failure: nil))
            }
        }
        return files
    }

    /// The files of a directory and of its subdirectories, depth first: the directory's own
    /// files in its manifest's order, then the rest by name, then each subdirectory by name.
    /// Names starting with "." are left out (hidden files, `.git`). What cannot be loaded
    /// (a dangling link, a link loop, a pipe, a device, a directory reached a second time) is
    /// skipped with a warning naming it. Items' `source` is the path below `directory`.
    private func planDirectory(
        _ directory: String, namePrefix: String, visited: inout Set<DataPathStatus.FileIdentity>,
        manifests: inout ManifestCache, diagnostics: inout [Diagnostic]
    ) -> [PlannedFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            diagnostics.append(ImportError(file: directory, .unreadable("cannot list the directory")).diagnostic)
            return []
        }
        var candidates: Set<String> = []
        var subdirectories: [(name: String, identity: DataPathStatus.FileIdentity)] = []
        for name in names where !name.hasPrefix(".") && name != DataManifest.fileName {
            let path = Self.join(directory, name)
            do {
                let status = try DataPathStatus.of(path)
                switch status.kind {
                case .regularFile: candidates.insert(name)
                case .directory: subdirectories.append((name, status.identity))
                case .stream, .unsupported:
                    diagnostics.append(Diagnostic(.warning, file: path, "skipped: not a regular file (a pipe, socket or device)"))
                }
            } catch {
                diagnostics.append(Diagnostic(.warning, file: path, "skipped: \(error.message)"))
            }
        }
        let manifest = manifests.manifest(in: directory, loader: self, diagnostics: &diagnostics)
        var ordered: [String] = []
        for entry in manifest?.sources ?? [] {
            if candidates.contains(entry.file) {
                if !ordered.contains(entry.file) { ordered.append(entry.file) }
            } else {
                diagnostics.append(Diagnostic(.warning, file: Self.join(directory, DataManifest.fileName),
                                              "names \"\(entry.file)\", which is not in the directory"))
            }
        }
        ordered += candidates.subtracting(ordered).sorted()
        var files = ordered.map { name in
            PlannedFile(path: Self.join(directory, name),
                        context: context(namePrefix + name, manifest?.entry(forFile: name)),
                        inDirectory: true, failure: nil)
        }
        for (name, identity) in subdirectories {
            let path = Self.join(directory, name)
            guard visited.insert(identity).inserted else {
                diagnostics.append(Diagnostic(.warning, file: path, "skipped: a directory already loaded (a link back to it)"))
                continue
            }
            files += planDirectory(path, namePrefix: namePrefix + name + "/", visited: &visited,
                                   manifests: &manifests, diagnostics: &diagnostics)
        }
        return files
    }

    /// Each directory's manifest, read once per load.
    struct ManifestCache {
        private var manifests: [String: DataManifest?] = [:]

        mutating func manifest(in directory: String, loader: ScheduleLoader, diagnostics: inout [Diagnostic]) -> DataManifest? {
            if let known = manifests[directory] { return known }
            let found = loader.readManifest(in: directory, diagnostics: &diagnostics)
            manifests[directory] = found
            return found
        }
    }

    fileprivate func readManifest(in directory: String, diagnostics: inout [Diagnostic]) -> DataManifest? {
        let path = Self.join(directory, DataManifest.fileName)
        guard let status = try? DataPathStatus.of(path) else { return nil }
        // A pipe named manifest.json would block the load; a directory is no manifest.
        guard status.kind == .regularFile else {
            diagnostics.append(Diagnostic(.warning, file: path, "skipped: not a regular file"))
            return nil
        }
        do {
            return try DataManifest.decode(FileReader.read(path, sizeLimit: fileSizeLimit), path: path)
        } catch {
            diagnostics.append(error.diagnostic)
            return nil
        }
    }

    private func context(_ fileName: String, _ entry: DataManifest.Entry?) -> ImportContext {
        ImportContext(fileName: fileName, sourceName: entry?.name, year: entry?.year, referenceYear: referenceYear,
                      pinnedTimeZone: entry?.timezone.flatMap(TimeZone.init(identifier:)) ?? pinnedTimeZone)
    }

    /// `buffer` is storage to read the file into, handed from file to file (the importer
    /// copies what it keeps, so it is free again afterwards).
    private func importFile(_ file: PlannedFile, buffer: inout [UInt8]) -> ImportedFile {
        if let failure = file.failure { return ImportedFile(failure: failure) }
        return ScheduleImporter.importFile(atPath: file.path, name: file.name, context: file.context, lineLimit: lineLimit,
                                           sizeLimit: fileSizeLimit, streamingThreshold: streamingThreshold, buffer: &buffer)
    }

    /// Hands the memory freed while loading (file buffers, the fragments' item arrays: a
    /// tenth of the schedule's size) back to the system. glibc keeps freed blocks inside its
    /// heaps, where they still count as resident, unless asked to return them.
    /// (malloc_trim is not in Swift's Glibc module, so it is looked up by name.)
    static func returnFreedMemory() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

extension ImportError {
    /// Failures that mean "this file is something else", as opposed to a broken schedule.
    var isNotASchedule: Bool {
        switch reason {
        case .unknownFormat, .binary: return true
        default: return false
        }
    }
}

/// Read buffers handed between the files a worker imports (one per concurrent worker).
private final class BufferPool: @unchecked Sendable {
    private let lock = NSLock()
    private var buffers: [[UInt8]] = []

    func take() -> [UInt8] { lock.withLock { buffers.popLast() ?? [] } }

    func give(_ buffer: [UInt8]) { lock.withLock { buffers.append(buffer) } }
}

/// One slot per planned file, written once each from `concurrentPerform` workers.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ImportedFile?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: ImportedFile, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var results: [ImportedFile?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

import ArgumentParser
import Foundation
import LineupFiles
import LineupSources

/// Tab completion of `--data`: the files and directories that start with the word typed (as
/// the shell's own file completion), then the URLs of the subscribed sources
/// (`sources.json`) that start with it.
enum DataCompletion {
    static let kind = CompletionKind.custom { _, _, prefix in candidates(prefix: prefix) }

    static func candidates(prefix: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        files(matching: prefix, home: HomeDirectory.path(environment: environment)) + subscribedURLs(matching: prefix, environment: environment)
    }

    /// The subscribed sources' URLs that start with `prefix`; none when the list cannot be read.
    static func subscribedURLs(matching prefix: String, environment: [String: String]) -> [String] {
        let path = SourceLocations.sourceListPath(environment: environment, home: HomeDirectory.path(environment: environment))
        let sources = (try? SourceList(path: path).load()) ?? []
        return sources.map(\.url).filter { $0.hasPrefix(prefix) }
    }

    /// Paths that start with `prefix`: the entries of its directory whose names start with the
    /// rest, directories with a "/" after them; hidden ones only when the rest starts with ".".
    static func files(matching prefix: String, home: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let typedDirectory = slash.map { String(prefix[...$0]) } ?? ""
        let start = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        var directory = typedDirectory.isEmpty ? "." : typedDirectory
        if directory.hasPrefix("~/") { directory = home + directory.dropFirst() }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasPrefix(start) && (start.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return typedDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}

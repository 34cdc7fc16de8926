import Foundation

/// Where the shipped Data/ is when the user gives no `--data`.
///
/// In order: `$LINEUP_DATA` (used as given, even if missing, so a typo is reported rather
/// than silently replaced); `<executable dir>/../share/lineup/Data` (what `make install`
/// creates); `<executable dir>/Data`; the source tree's Data/ (found from this file's
/// compile-time path, for `swift run` and tests in a checkout).
public enum DataLocation {
    public static let environmentVariable = "LINEUP_DATA"

    /// The first existing candidate (or `$LINEUP_DATA` when set), nil when none exists.
    public static func defaultDataPath(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executableURL: URL? = Bundle.main.executableURL
    ) -> String? {
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        return candidates(executableURL: executableURL).first { isDirectory($0) }
    }

    /// The places searched after `$LINEUP_DATA`, in order.
    public static func candidates(executableURL: URL?) -> [String] {
        var paths: [String] = []
        if let executable = executableURL?.resolvingSymlinksInPath() {
            let directory = executable.deletingLastPathComponent()
            paths.append(directory.deletingLastPathComponent().appendingPathComponent("share/lineup/Data").path)
            paths.append(directory.appendingPathComponent("Data").path)
        }
        paths.append(sourceTreeData)
        return paths
    }

    /// <checkout>/Data, from Sources/LineupImport/DataLocation.swift.
    static let sourceTreeData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

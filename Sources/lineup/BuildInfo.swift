import LineupBuildInfo

/// The version and the commit `lineup --version` prints.
enum BuildInfo {
    static let version = "0.1.0"

    /// The commit the Makefile built from ("3f2a9c1d0b7e", "-dirty" appended when the tree had
    /// changes); nil for a build without git metadata or outside the Makefile.
    static var commit: String? {
        guard let pointer = lineup_build_commit() else { return nil }
        let commit = String(cString: pointer)
        return commit.isEmpty ? nil : commit
    }

    /// "lineup 0.1.0 (commit 3f2a9c1d0b7e)", "lineup 0.1.0 (commit unknown)".
    static var versionLine: String {
        "lineup \(version) (commit \(commit ?? "unknown"))"
    }
}

import Foundation

/// The user's home directory as every program on the system sees it: `$HOME` when set and not
/// empty, else the password database's entry. (Foundation's `homeDirectoryForCurrentUser`
/// reads only the password database on Linux, so `HOME=/tmp/x lineup` would still write to
/// the real home's files.)
public enum HomeDirectory {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }
}

import LineupFiles

/// Where the bookmark file lives when the command line does not say.
public enum BookmarkLocation {
    /// The bookmark file for these settings, first match wins:
    /// 1. `option` (the `--bookmarks PATH` the user gave),
    /// 2. `$LINEUP_BOOKMARKS`,
    /// 3. `$XDG_DATA_HOME/lineup/bookmarks.json` (the XDG spec ignores a relative value),
    /// 4. `home/.local/share/lineup/bookmarks.json`.
    ///
    /// Empty variables count as unset. Pure: the caller passes the process environment and
    /// home directory, tests pass dictionaries.
    public static func path(option: String? = nil, environment: [String: String], home: String) -> String {
        if let option, !option.isEmpty { return option }
        if let explicit = environment["LINEUP_BOOKMARKS"], !explicit.isEmpty { return explicit }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return joinPath(joinPath(dataHome, "lineup"), "bookmarks.json")
        }
        return joinPath(home.isEmpty ? "/" : home, ".local/share/lineup/bookmarks.json")
    }
}

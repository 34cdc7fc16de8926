import LineupFiles

/// Where the subscription list and the cache live. Pure: the caller passes the environment and
/// the home directory. Relative or empty XDG variables are ignored, as the XDG spec says.
public enum SourceLocations {
    /// `$XDG_CACHE_HOME/lineup`, else `home/.cache/lineup`.
    public static func cacheDirectory(environment: [String: String], home: String) -> String {
        base("XDG_CACHE_HOME", fallback: ".cache", environment: environment, home: home)
    }

    /// `$XDG_CONFIG_HOME/lineup/sources.json`, else `home/.config/lineup/sources.json`.
    public static func sourceListPath(environment: [String: String], home: String) -> String {
        joinPath(base("XDG_CONFIG_HOME", fallback: ".config", environment: environment, home: home), "sources.json")
    }

    private static func base(_ variable: String, fallback: String, environment: [String: String], home: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return joinPath(value, "lineup") }
        return joinPath(joinPath(home.isEmpty ? "/" : home, fallback), "lineup")
    }
}

import ArgumentParser
import LineupConfig
import LineupModel

/// The config file, read once per run. A broken file ends every command that uses it (the
/// browser does not start): its problems on standard error, each `FILE:LINE:COLUMN: message`.
enum UserSettings {
    private static let loaded: Result<UserConfig, ConfigErrors> = Result { () throws(ConfigErrors) in
        try ConfigLocation.load(ConfigLocation.path())
    }

    static func load() throws -> UserConfig {
        switch loaded {
        case .success(let config):
            return config
        case .failure(let problems):
            report(problems)
            throw CommandFailure("the config file has \(count(problems.errors.count)); `lineup config check` lists them, `lineup config default` shows every setting")
        }
    }

    static func report(_ problems: ConfigErrors) {
        for error in problems.errors { Console.error(TerminalText.sanitize(error.description)) }
    }

    static func count(_ n: Int) -> String { n == 1 ? "1 problem" : "\(n) problems" }
}

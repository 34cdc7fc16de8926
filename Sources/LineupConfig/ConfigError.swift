/// A problem in the config file, where it is: printed as `FILE:LINE:COLUMN: message`, as
/// compilers do, so editors can jump to it.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// nil when the place could not be found (the message names the key then).
    public var position: SourcePosition?
    public var message: String

    public init(path: String, position: SourcePosition?, message: String) {
        self.path = path
        self.position = position
        self.message = message
    }

    public var description: String {
        "\(path):" + (position.map { "\($0.line):\($0.column):" } ?? "") + " " + message
    }
}

/// Every problem found in the config file, in the order of the file.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ConfigError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

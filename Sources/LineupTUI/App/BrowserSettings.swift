/// What the config file sets in the browser: its keys, its colours and the export prompt's
/// defaults. The default value is the browser as shipped.
public struct BrowserSettings: Hashable, Sendable {
    public var keyMap: KeyMap
    public var colors: ColorScheme
    public var exportDefaults: ExportDefaults

    public init(keyMap: KeyMap = .standard, colors: ColorScheme = ColorScheme(), exportDefaults: ExportDefaults = ExportDefaults()) {
        self.keyMap = keyMap
        self.colors = colors
        self.exportDefaults = exportDefaults
    }
}

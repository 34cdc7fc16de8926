/// The key bindings in effect: the command table's rows (`CommandTable.bindings`) with the
/// user's rebindings applied. Dispatch, the help screen, the status bar's hints and the key
/// names in messages all read the browser's `KeyMap`, so a rebinding changes all of them; the
/// README and the man page show `KeyMap.standard`, the defaults.
///
/// Invariant kept by `rebind`: no key means two commands in one context.
public struct KeyMap: Hashable, Sendable {
    /// In table order; the first row with the key wins (there is only one).
    public private(set) var bindings: [CommandBinding]

    public init(bindings: [CommandBinding]) {
        self.bindings = bindings
    }

    /// The command table as shipped.
    public static let standard = KeyMap(bindings: CommandTable.bindings)

    /// The command bound to `key` in `context`; the first matching row wins.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.command
    }

    /// What `key` does in `context`: its command, else a character typed into the field the
    /// context has, else nothing.
    public func meaning(of key: Key, in context: KeyContext) -> KeyMeaning {
        if let command = command(for: key, in: context) { return .command(command) }
        if context.takesText, case .character(let character) = key { return .typing(character) }
        return .nothing
    }

    /// The rows that apply in `context`, in table order.
    public func bindings(in context: KeyContext) -> [CommandBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// The name of the first key for `command` in `context` ("b", "Esc"), for hints and
    /// messages; the first key anywhere when the context has none.
    public func keyName(_ command: Command, in context: KeyContext) -> String {
        let binding = bindings.first { $0.command == command && $0.contexts.contains(context) && !$0.keys.isEmpty }
            ?? bindings.first { $0.command == command && !$0.keys.isEmpty }
        return binding?.keys.first?.label ?? command.rawValue
    }

    /// The contexts where `command` has a row (with keys or, after an unbinding, without).
    public func contexts(of command: Command) -> Set<KeyContext> {
        bindings.filter { $0.command == command }.reduce(into: Set()) { $0.formUnion($1.contexts) }
    }

    // MARK: Rebinding

    /// `keys` become `command`'s keys in `context` (every context it has a row in when nil),
    /// replacing the keys it had there; an empty list unbinds it there. The row keeps its help
    /// text and its place in the table. Other commands lose these keys in those contexts (the
    /// latest binding wins, as in tig and newsboat), so no key ever means two commands.
    /// - Returns: false when `command` has no row in `context` (or none at all).
    public mutating func rebind(_ command: Command, to keys: [Key], in context: KeyContext? = nil) -> Bool {
        let targets = context.map { contexts(of: command).contains($0) ? [$0] : [] } ?? contexts(of: command)
        guard !targets.isEmpty else { return false }
        let taken = Set(keys)
        var result: [CommandBinding] = []
        for binding in bindings {
            let here = binding.contexts.intersection(targets)
            let changes = binding.command == command || !taken.isDisjoint(with: binding.keys)
            guard !here.isEmpty, changes else {
                result.append(binding)
                continue
            }
            var changed = binding
            changed.contexts = here
            changed.keys = binding.command == command ? Self.unique(keys) : binding.keys.filter { !taken.contains($0) }
            if here != binding.contexts {
                var rest = binding
                rest.contexts.subtract(here)
                result.append(rest)
            }
            result.append(changed)
        }
        bindings = result
        return true
    }

    /// A key that means two commands in one context.
    public struct Clash: Hashable, Sendable {
        public var key: Key
        public var context: KeyContext
        public var commands: [Command]
    }

    /// Every key bound to more than one command in a context, in context and table order.
    public func clashes() -> [Clash] {
        var found: [Clash] = []
        for context in KeyContext.allCases {
            var commandsByKey: [Key: [Command]] = [:]
            var order: [Key] = []
            for binding in bindings(in: context) {
                for key in binding.keys {
                    if commandsByKey[key] == nil { order.append(key) }
                    if !(commandsByKey[key] ?? []).contains(binding.command) { commandsByKey[key, default: []].append(binding.command) }
                }
            }
            for key in order where (commandsByKey[key] ?? []).count > 1 {
                found.append(Clash(key: key, context: context, commands: commandsByKey[key] ?? []))
            }
        }
        return found
    }

    private static func unique(_ keys: [Key]) -> [Key] {
        var seen = Set<Key>()
        return keys.filter { seen.insert($0).inserted }
    }

    // MARK: Hints and lists

    /// Hint lists for `context`, longest first, down to the rank-1 hints alone: the status bar
    /// shows the first that fits. Each pair is the key names and the text; neighbours with the
    /// same text share it ("↑↓ scroll"). Hints for commands without a key here are left out.
    public func hintChoices(in context: KeyContext) -> [[(keys: String, text: String)]] {
        let hints = CommandTable.hints(in: context).filter { hint in
            bindings.contains { $0.command == hint.command && $0.contexts.contains(context) && !$0.keys.isEmpty }
        }
        let ranks = Set(hints.map(\.rank)).sorted(by: >)
        return ranks.map { rank in
            var pairs: [(keys: String, text: String)] = []
            for hint in hints where hint.rank <= rank {
                let key = keyName(hint.command, in: context)
                if let last = pairs.last, last.text == hint.text {
                    pairs[pairs.count - 1].keys += key
                } else {
                    pairs.append((key, hint.text))
                }
            }
            return pairs
        }
    }

    /// Each row with its keys, help and every context it applies in: the help screen's, the
    /// man page's and the README's list.
    public var summary: [(keys: String, help: String, contexts: [KeyContext])] {
        bindings.map { binding in
            (binding.keyLabel, binding.help, KeyContext.allCases.filter(binding.contexts.contains))
        }
    }
}

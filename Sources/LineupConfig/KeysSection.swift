import LineupModel
import LineupTUI
import TOMLKit

/// The `[keys]` table: `command = ["key", …]` rebinds a command everywhere it applies,
/// `"context.command" = […]` (or `[keys.context]`, `command = […]`) only there. Commands and
/// contexts are the command table's, by their config names, so a command added to the table
/// can be rebound with no work here.
///
/// Rebindings for every context are applied first, then those for one context, whatever the
/// order in the file. The result must bind no key to two commands in one context, and must
/// not bind a plain character where it would be typed (the query line, the prompts).
enum KeysSection {
    /// One rebinding as read, with where it was.
    struct Rebinding {
        var command: Command
        var context: KeyContext?
        var keys: [Key]
        /// For each key, its element in the file's list (nil: the value was one string).
        var elements: [Int?]
        var path: [String]
    }

    static func read(_ value: TOMLValueConvertible, at path: [String], reading: inout Reading) -> KeyMap {
        guard let entries = reading.table(value, at: path) else { return .standard }
        var rebindings: [Rebinding] = []
        for (name, value) in entries {
            let here = path + [name]
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if value.table != nil, parts.count == 1 {
                guard let context = context(name, at: here, reading: &reading),
                      let inner = reading.table(value, at: here) else { continue }
                for (commandName, keys) in inner {
                    rebindings += rebinding(commandName, context: context, keys, at: here + [commandName], reading: &reading)
                }
            } else if parts.count == 2 {
                guard let context = context(parts[0], at: here, reading: &reading) else { continue }
                rebindings += rebinding(parts[1], context: context, value, at: here, reading: &reading)
            } else if parts.count == 1 {
                rebindings += rebinding(name, context: nil, value, at: here, reading: &reading)
            } else {
                reading.problem("\"\(TerminalText.sanitize(name))\": write a command (bookmark) or a context and a command (\"agenda.back\")", at: here)
            }
        }
        // TOMLKit lists keys by name: put them back in the file's order.
        let far = SourcePosition(line: Int.max, column: 0)
        let inFileOrder = rebindings.enumerated().sorted { a, b in
            let (x, y) = (reading.positions.entry(a.element.path)?.key ?? far, reading.positions.entry(b.element.path)?.key ?? far)
            return x == y ? a.offset < b.offset : x < y
        }.map(\.element)
        return apply(inFileOrder.filter { $0.context == nil } + inFileOrder.filter { $0.context != nil }, reading: &reading)
    }

    private static func context(_ name: String, at path: [String], reading: inout Reading) -> KeyContext? {
        if let context = KeyContext(configName: name) { return context }
        reading.problem("unknown context \"\(TerminalText.sanitize(name))\" (\(KeyContext.allCases.map(\.configName).joined(separator: ", ")))", at: path)
        return nil
    }

    private static func rebinding(_ name: String, context: KeyContext?, _ value: TOMLValueConvertible, at path: [String],
                                  reading: inout Reading) -> [Rebinding] {
        guard let command = Command(configName: name) else {
            reading.problem("unknown command \"\(TerminalText.sanitize(name))\" (`lineup config default` lists them)", at: path)
            return []
        }
        let applies = KeyMap.standard.contexts(of: command)
        if let context, !applies.contains(context) {
            let places = KeyContext.allCases.filter(applies.contains).map(\.configName).joined(separator: ", ")
            reading.problem("\(name) does nothing in \(context.configName) (it applies in: \(places))", at: path)
            return []
        }
        let names: [String]
        if let single = value.string {
            names = [single]
        } else if let array = value.array, array.allSatisfy({ $0.string != nil }) {
            names = array.compactMap { $0.string }
        } else {
            reading.problem("expected a list of key names: [\"b\", \"space\"]", at: path, atValue: true)
            return []
        }
        var keys: [Key] = []
        var elements: [Int?] = []
        let typingContexts = (context.map { [$0] } ?? applies).filter(\.takesText)
        for (index, name) in names.enumerated() {
            let element = value.array == nil ? nil : index
            guard let key = Key(name: name) else {
                reading.problem("unknown key name \"\(TerminalText.sanitize(name))\" (a character, space, enter, esc, tab, shift-tab, up, down, left, right, pgup, pgdn, home, end, backspace, delete, f1-f12, ctrl-x, alt-x)",
                                at: path, element: element, atValue: true)
                continue
            }
            if case .character = key, let field = typingContexts.first {
                reading.problem("\"\(TerminalText.sanitize(name))\" cannot be a key in \(field.configName): it types itself there", at: path,
                                element: element, atValue: true)
                continue
            }
            keys.append(key)
            elements.append(element)
        }
        return [Rebinding(command: command, context: context, keys: keys, elements: elements, path: path)]
    }

    /// Applies the rebindings to the default table (a key the file binds is taken from the
    /// command that had it by default) and reports every key the file itself binds to two
    /// commands in one context, at the later of the two.
    private static func apply(_ rebindings: [Rebinding], reading: inout Reading) -> KeyMap {
        var map = KeyMap.standard
        for rebinding in rebindings {
            _ = map.rebind(rebinding.command, to: rebinding.keys, in: rebinding.context)
        }
        // Which rebinding claims each key in each context; a rebinding for one context
        // replaces its command's rebinding for all of them there.
        var claims: [KeyContext: [Key: Int]] = [:]
        var reported = Set<[String]>()
        for (index, rebinding) in rebindings.enumerated() {
            let contexts = rebinding.context.map { [$0] } ?? KeyMap.standard.contexts(of: rebinding.command).filter { context in
                !rebindings.contains { $0.command == rebinding.command && $0.context == context }
            }
            for context in KeyContext.allCases where contexts.contains(context) {
                for (position, key) in rebinding.keys.enumerated() {
                    guard let earlier = claims[context]?[key], rebindings[earlier].command != rebinding.command else {
                        claims[context, default: [:]][key] = index
                        continue
                    }
                    guard reported.insert(rebinding.path + [key.configName]).inserted else { continue }
                    let other = rebindings[earlier]
                    let line = reading.positions.entry(other.path).map { " (line \($0.key.line))" } ?? ""
                    reading.problem("\(key.configName) is bound twice in \(context.configName): to \(rebinding.command.configName) and to \(other.command.configName)\(line)",
                                    at: rebinding.path, element: rebinding.elements[position], atValue: true)
                }
            }
        }
        return map
    }
}

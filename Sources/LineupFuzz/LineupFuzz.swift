import Foundation

/// `lineup-fuzz`: built normally it replays inputs (`lineup-fuzz TARGET FILE...`), which is how
/// crash inputs are checked by hand; built with `-sanitize=fuzzer,address -DLINEUP_FUZZING`
/// (see Tests/Fuzz/run.sh) it is a libFuzzer binary for the target named by
/// $LINEUP_FUZZ_TARGET. With $LINEUP_FUZZ_LIST set it prints the target names and exits.
@main
struct LineupFuzz {
    static func main() {
        if ProcessInfo.processInfo.environment["LINEUP_FUZZ_LIST"] != nil {
            FuzzTarget.allCases.forEach { print($0.rawValue) }
            return
        }
        #if LINEUP_FUZZING
        runLibFuzzer()
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    static func replay(_ arguments: [String]) {
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("usage: lineup-fuzz TARGET FILE...  (targets: \(names))\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("lineup-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            target.run(Array(data))
            print("\(path): ok")
        }
    }
}

#if LINEUP_FUZZING
typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback
) -> Int32

/// The target, read once: libFuzzer calls `LLVMFuzzerTestOneInput` millions of times.
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["LINEUP_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set LINEUP_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue))")
    }
    return target
}()

/// libFuzzer's own `main` (linked from its runtime) calls this symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selectedTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

func runLibFuzzer() {
    _ = selectedTarget
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
}
#endif

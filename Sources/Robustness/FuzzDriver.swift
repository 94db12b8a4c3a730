import Foundation

/// The `main` of every fuzz target.
///
/// Built with `-sanitize=fuzzer -DFUZZING` (see `Tests/Scripts/fuzz.sh`), it
/// hands the command line to libFuzzer, which calls `body` with each input it
/// makes. Built plainly, it runs `body` once on each file named on the command
/// line (a folder: every file in it), so a crash file or a whole corpus can be
/// replayed with `swift run FuzzStages FILE` or under a debugger.
public enum FuzzDriver {
    public static func main(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        #if FUZZING
        FuzzDriver.body = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzer(&argc, &argv, fuzzOneInput))
        #else
        replay(CommandLine.arguments.dropFirst(), body)
        #endif
    }

    #if FUZZING
    nonisolated(unsafe) fileprivate static var body: ((UnsafeRawBufferPointer) -> Void)?
    #endif

    private static func replay(_ paths: ArraySlice<String>, _ body: (UnsafeRawBufferPointer) -> Void) -> Never {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE|FOLDER ...\n".utf8))
            exit(64)
        }
        var count = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("cannot read '\(file)'\n".utf8))
                    exit(66)
                }
                data.withUnsafeBytes(body)
                count += 1
            }
        }
        print("replayed \(count) input\(count == 1 ? "" : "s") without a crash")
        exit(0)
    }

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
    }
}

#if FUZZING
/// libFuzzer's entry point: runs the target's body on one input. `FuzzDriver.main`
/// passes it to the driver; libFuzzer's own `main`, linked but unused, names it too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzDriver.body?(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// libFuzzer's driver (`LLVMFuzzerRunDriver` in compiler-rt): parses libFuzzer's
/// options from the command line and calls `callback` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

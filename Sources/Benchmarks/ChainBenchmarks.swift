import Foundation
import ICUBaseline
import Toolkit

/// The whole path of `toolkit run --format jsonl` in one process: decode each JSONL line,
/// run the chain, write the JSON, with the chain's own worker pool.
func runJSONL(_ chain: Chain, lines: [[UInt8]], jobs: Int) throws -> Int {
    let reader = DocumentReader()
    let sources = lines.enumerated().map { number, line in
        DocumentSource(origin: "corpus:\(number + 1)") { () throws(DocumentFailure) -> Document in
            try reader.record(line, origin: "corpus:\(number + 1)", lineNumber: number + 1)
        }
    }
    var written = 0
    // As `toolkit run` reads files: in turn, by the threads that analyse the documents.
    try chain.run(sources, jobs: jobs, reading: .inTurns, finish: { result -> Int in
        guard case .success(let document) = result else { return 0 }
        var writer = JSONWriter(capacity: document.view.utf8Count * 3)
        document.writeJSON(to: &writer)
        return writer.bytes.count
    }) { written += $0 }
    return written
}

func chainBenchmarks(_ corpus: Corpus, chains: [Chain], rounds: Int) throws -> [Comparison] {
    var comparisons = try chains.map { chain in
        // In chains whose ICU transforms take a process-wide lock, threads take turns; the whole command gives them processes.
        let turns = chain.runsInParallelThreads ? "" : "; threads take turns in ICU's transforms"
        return try compare(
            "`\(chain.name)` chain, JSONL in and out (\(crossCoreRoundTrip())\(turns))", bytes: corpus.bytes, rounds: rounds, [
                Contender(name: "--jobs 2") { _ = try runJSONL(chain, lines: corpus.lines, jobs: 2) },
                Contender(name: "--jobs 1") { _ = try runJSONL(chain, lines: corpus.lines, jobs: 1) },
            ])
    }
    guard let toolkit = toolkitExecutable else {
        emit("| whole command | skipped: no `toolkit` beside this executable; run `swift build -c release` first | | |")
        return comparisons
    }
    try emitStartUp(toolkit)
    for chain in chains {
        let arguments = { (file: URL, options: [String]) in
            ["run", "--chain", chain.name, "--format", "jsonl", "--quiet", file.path] + options
        }
        let copies = try copiesForTwoSeconds(toolkit, corpus: corpus, arguments: arguments)
        let lines = Array(repeating: corpus.lines, count: copies).flatMap { $0 }
        let input = try temporaryJSONL(lines)
        // The input in two halves, for two processes that share nothing: as fast as this machine runs two jobs.
        let halves = [try temporaryJSONL(Array(lines.prefix(lines.count / 2))),
                      try temporaryJSONL(Array(lines.dropFirst(lines.count / 2)))]
        defer { for file in [input] + halves { try? FileManager.default.removeItem(at: file) } }
        let title = "`toolkit run --chain \(chain.name)`, whole command ("
            + (copies > 1 ? "corpus ×\(copies); " : "") + "\(crossCoreRoundTrip()))"
        let bytes = corpus.bytes * copies
        if chain.runsInParallelThreads {
            comparisons.append(try compare(title, bytes: bytes, rounds: rounds, [
                Contender(name: "--jobs 2") { try runCommands(toolkit, [arguments(input, ["--jobs", "2"])]) },
                Contender(name: "two `--jobs 1` processes at once, each on half the input") {
                    try runCommands(toolkit, halves.map { arguments($0, ["--jobs", "1"]) })
                },
                Contender(name: "--jobs 1") { try runCommands(toolkit, [arguments(input, ["--jobs", "1"])]) },
            ]))
        } else {
            // Threads take turns in these chains, so `toolkit run` gives them worker processes.
            let run = { (options: [String]) in try runCommands(toolkit, [arguments(input, options)]) }
            comparisons.append(try compare(title, bytes: bytes, rounds: rounds, [
                Contender(name: "--jobs 2 --workers processes") { try run(["--jobs", "2", "--workers", "processes"]) },
                Contender(name: "--jobs 2 --workers threads") { try run(["--jobs", "2", "--workers", "threads"]) },
                Contender(name: "--jobs 1") { try run(["--jobs", "1"]) },
            ]))
        }
    }
    return comparisons
}

/// What passing a cache line between two threads costs now, measured just before a comparison of
/// `--jobs 2` and `--jobs 1`: threads that share memory pay it, processes that share nothing do not.
private func crossCoreRoundTrip() -> String {
    let nanoseconds = cross_core_round_trip_ns(200_000)
    return nanoseconds > 0 ? "cache line between threads \(format(nanoseconds, 0)) ns" : "one CPU"
}

/// How many copies of the corpus make a `--jobs 1` run of the whole command last about two seconds (at
/// most eight), so that the process's start-up and the last documents' wait weigh little against the work.
private func copiesForTwoSeconds(
    _ toolkit: String, corpus: Corpus, arguments: (URL, [String]) -> [String]
) throws -> Int {
    let input = try temporaryJSONL(corpus.lines)
    defer { try? FileManager.default.removeItem(at: input) }
    let oneRun = try seconds { try runCommands(toolkit, [arguments(input, ["--jobs", "1"])]) }
    return min(8, max(1, Int((2 / oneRun).rounded(.up))))
}

/// The CPU time `toolkit run` takes over an empty input, which every whole-command figure includes once,
/// beside `/bin/true`'s. (CPU time rather than the wall clock: starting any process from here takes some
/// 50 ms of waiting, the same for both.)
private func emitStartUp(_ toolkit: String) throws {
    let empty = try temporaryJSONL([])
    defer { try? FileManager.default.removeItem(at: empty) }
    var toolkitTimes: [Double] = []
    var trueTimes: [Double] = []
    for _ in 0..<7 {
        toolkitTimes.append(try childCPUMilliseconds {
            try runCommands(toolkit, [["run", "--chain", "arabic-news", "--format", "jsonl", "--quiet", empty.path]])
        })
        trueTimes.append(try childCPUMilliseconds { try runCommands("/bin/true", [[]]) })
    }
    emit("| start-up | `toolkit run --chain arabic-news` over an empty input, CPU time (median of 7) | \(format(median(toolkitTimes), 1)) ms | |")
    emit("| start-up | `/bin/true`, CPU time (median of 7) | \(format(median(trueTimes), 1)) ms | |")
}

/// The user and system time of the child processes that `body` waits for, in milliseconds.
private func childCPUMilliseconds(_ body: () throws -> Void) rethrows -> Double {
    func childTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        let microseconds = usage.ru_utime.tv_usec + usage.ru_stime.tv_usec
        return Double(seconds) * 1e3 + Double(microseconds) / 1e3
    }
    let before = childTime()
    try body()
    return childTime() - before
}

/// A temporary JSONL file of `lines`.
func temporaryJSONL(_ lines: [[UInt8]]) throws -> URL {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-benchmark-\(UUID().uuidString).jsonl")
    try Data(lines.joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]).write(to: file)
    return file
}

/// The `toolkit` executable built beside this one, if there is one.
private var toolkitExecutable: String? {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let toolkit = here.deletingLastPathComponent().appendingPathComponent("toolkit").path
    return FileManager.default.isExecutableFile(atPath: toolkit) ? toolkit : nil
}

/// Runs `executable` once with each list of arguments, all at once, with their output thrown away, and
/// waits for them all; an exit status other than 0 is an error.
private func runCommands(_ executable: String, _ argumentLists: [[String]]) throws {
    let processes = try argumentLists.map { arguments in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }
    for process in processes {
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let command = ([executable] + (process.arguments ?? [])).joined(separator: " ")
            throw BenchmarkError("'\(command)' exited with status \(process.terminationStatus)")
        }
    }
}

/// One chain per built-in stage for the linear-cost check: the stage after the stages it needs.
func scalingChains(_ registry: StageRegistry) throws -> [Chain] {
    let stageLists: [[StageConfig]] = [
        [StageConfig(name: "paragraphs")],
        [StageConfig(name: "sentences")],
        [StageConfig(name: "tokens")],
        [StageConfig(name: "boilerplate")],
        [StageConfig(name: "transliterate", options: ["scheme": "buckwalter"])],
        [StageConfig(name: "sentences"), StageConfig(name: "transliterate", options: ["id": "Arabic-Latin", "unit": "sentence"])],
        [StageConfig(name: "normalize")],
        [StageConfig(name: "paragraphs"), StageConfig(name: "sentences"), StageConfig(name: "tokens"), StageConfig(name: "keywords")],
        [StageConfig(name: "paragraphs"), StageConfig(name: "sentences"), StageConfig(name: "quotes")],
    ]
    return try stageLists.map { stages in
        let before = stages.dropLast().map(\.name)
        var name = stages.last!.label
        if !before.isEmpty { name += " (after \(before.joined(separator: ", ")))" }
        return try registry.makeChain(ChainConfig(name: name, stages: stages))
    }
}

/// Cost per MB of one large document against a document a tenth of its size, for each chain.
func scalingBenchmarks(_ corpus: Corpus, chains: [Chain], rounds: Int) throws -> [Comparison] {
    // The large document is the small one ten times over, so both hold the same mix of text.
    let small = corpus.singleDocument(megabytes: 5) + "\n\n"
    let large = String(repeating: small, count: 10)
    return try chains.map { chain in
        try compare("linear cost: \(chain.name)", bytes: large.utf8.count, rounds: rounds, [
            Contender(name: "one 5 MB document ×10") {
                try runStages(chain.stages, over: Array(repeating: small, count: 10))
            },
            Contender(name: "one 50 MB document") { try runStages(chain.stages, over: [large]) },
        ])
    }
}

import Foundation
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
    try chain.run(sources, jobs: jobs, finish: { result -> Int in
        guard case .success(let document) = result else { return 0 }
        var writer = JSONWriter(capacity: document.view.utf8Count * 3)
        document.writeJSON(to: &writer)
        return writer.bytes.count
    }) { written += $0 }
    return written
}

func chainBenchmarks(_ corpus: Corpus, chains: [Chain], rounds: Int) throws -> [Comparison] {
    var comparisons = try chains.map { chain in
        try compare("`\(chain.name)` chain, JSONL in and out", bytes: corpus.bytes, rounds: rounds, [
            Contender(name: "--jobs 2") { _ = try runJSONL(chain, lines: corpus.lines, jobs: 2) },
            Contender(name: "--jobs 1") { _ = try runJSONL(chain, lines: corpus.lines, jobs: 1) },
        ])
    }
    // Threads take turns in these chains, so `toolkit run` gives them worker processes.
    let lockedChains = chains.filter { !$0.runsInParallelThreads }
    guard !lockedChains.isEmpty else { return comparisons }
    guard let toolkit = toolkitExecutable else {
        emit("| worker processes | skipped: no `toolkit` beside this executable; run `swift build -c release` first | | |")
        return comparisons
    }
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-benchmark-\(UUID().uuidString).jsonl")
    try Data(corpus.lines.joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    for chain in lockedChains {
        let run = { (options: [String]) in
            try runCommand(toolkit, ["run", "--chain", chain.name, "--format", "jsonl", "--quiet", input.path] + options)
        }
        comparisons.append(try compare("`toolkit run --chain \(chain.name)`, whole command", bytes: corpus.bytes, rounds: rounds, [
            Contender(name: "--jobs 2 --workers processes") { try run(["--jobs", "2", "--workers", "processes"]) },
            Contender(name: "--jobs 2 --workers threads") { try run(["--jobs", "2", "--workers", "threads"]) },
            Contender(name: "--jobs 1") { try run(["--jobs", "1"]) },
        ]))
    }
    return comparisons
}

/// The `toolkit` executable built beside this one, if there is one.
private var toolkitExecutable: String? {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let toolkit = here.deletingLastPathComponent().appendingPathComponent("toolkit").path
    return FileManager.default.isExecutableFile(atPath: toolkit) ? toolkit : nil
}

/// Runs a command with its output thrown away; an exit status other than 0 is an error.
private func runCommand(_ executable: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchmarkError("'\(executable) \(arguments.joined(separator: " "))' exited with status \(process.terminationStatus)")
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

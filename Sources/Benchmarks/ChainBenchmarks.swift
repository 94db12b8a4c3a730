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
    try chains.map { chain in
        try compare("`\(chain.name)` chain, JSONL in and out", bytes: corpus.bytes, rounds: rounds, [
            Contender(name: "--jobs 2") { _ = try runJSONL(chain, lines: corpus.lines, jobs: 2) },
            Contender(name: "--jobs 1") { _ = try runJSONL(chain, lines: corpus.lines, jobs: 1) },
        ])
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

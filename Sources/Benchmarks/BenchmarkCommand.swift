import ArgumentParser
import Foundation
import Segmentation
import Toolkit
import ToolkitCLI

/// `toolkit-benchmarks`: the toolkit's throughput beside plain C loops over ICU, measured in one run.
@main
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toolkit-benchmarks",
        abstract: "Measure throughput side by side with baselines; prints a markdown table.",
        discussion: "Build in release mode: swift run -c release toolkit-benchmarks"
    )

    enum Group: String, ExpressibleByArgument, CaseIterable {
        case segmentation, transliteration, quotes, chains, scaling, keywords, json
    }

    @Option(help: "The JSONL corpus (records with a \"text\" field).")
    var corpus = "../shared/data/corpus-ar/news-corpus.jsonl"

    @Option(help: "The English JSONL corpus for the English keyword benchmark (default: \(Self.defaultEnglishCorpus), skipped when missing).")
    var englishCorpus: String?

    static let defaultEnglishCorpus = "../shared/data/corpus-en/news-sample.jsonl"

    @Option(help: "Timed rounds per contender; the median is reported.")
    var rounds = 5

    @Option(help: "Use only the first N records of the corpus.")
    var limit: Int?

    @Option(parsing: .upToNextOption, help: "Groups to run: \(Group.allCases.map(\.rawValue).joined(separator: ", ")) (default: all).")
    var only: [Group] = Group.allCases

    func run() throws {
        HeapTuning.keepLargeBuffersForReuse()  // as the command-line tool does
        let corpus = try Corpus(path: corpus, limit: limit)
        emit("Corpus: \(corpus.texts.count) documents, \(format(Double(corpus.bytes) / 1e6, 1)) MB of UTF-8; ICU \(ICUVersions.icu); \(rounds) rounds, medians.\n")
        emit("| benchmark | contender | MB/s | relative to the first |")
        emit("|---|---|---|---|")
        let registry = ToolkitCommand.builtInRegistry
        for group in only {
            switch group {
            case .segmentation:
                _ = try segmentationBenchmarks(corpus, rounds: rounds)
            case .transliteration:
                _ = try transliterationBenchmarks(corpus, rounds: rounds)
            case .chains:
                let chains = try registry.chains.map { try registry.makeChain($0) }
                _ = try chainBenchmarks(corpus, chains: chains, rounds: rounds)
            case .scaling:
                _ = try scalingBenchmarks(corpus, chains: try scalingChains(registry), rounds: max(1, rounds / 2))
            case .quotes:
                _ = try quoteBenchmarks(corpus, rounds: rounds)
            case .keywords:
                _ = try keywordBenchmarks(corpus, rounds: rounds)
                // A corpus asked for must be there; the default one may be missing, and its benchmark is skipped.
                if let englishCorpus {
                    _ = try englishKeywordBenchmarks(try Corpus(path: englishCorpus, limit: nil, option: "--english-corpus"), rounds: rounds)
                } else if let english = try? Corpus(path: Self.defaultEnglishCorpus, limit: nil) {
                    _ = try englishKeywordBenchmarks(english, rounds: rounds)
                } else {
                    emit("| keywords, English | skipped: no '\(Self.defaultEnglishCorpus)'; pass --english-corpus FILE.jsonl | | |")
                }
            case .json:
                _ = try jsonBenchmarks(corpus, rounds: rounds)
            }
        }
    }
}

import Foundation
import KeywordExtraction
import Segmentation
import Toolkit

/// The `keywords` stage's cost: tokens + sentences + `keywords` beside tokens + sentences alone on the
/// corpus (the difference is the stage's own time), the `graph` method beside the default, RAKE beside
/// them in the same rounds (``RakePeer``, when Python and `multi-rake` are there), and one
/// 10 MB document against one 1 MB document, to show the cost per MB does not grow with length.
func keywordBenchmarks(_ corpus: Corpus, rounds: Int) throws -> [Comparison] {
    let segmentation: [any Stage] = [Tokenizer(locale: "ar"), SentenceSegmenter(locale: "ar")]
    let statistical = segmentation + [KeywordExtractor()]
    let graph = segmentation + [KeywordExtractor(method: .graph)]
    var contenders = [
        Contender(name: "tokens + sentences + `keywords`") { try runStages(statistical, over: corpus.texts) },
        Contender(name: "tokens + sentences alone") { try runStages(segmentation, over: corpus.texts) },
        Contender(name: "tokens + sentences + `keywords` (method: graph)") { try runStages(graph, over: corpus.texts) },
    ]
    let corpusFile = try temporaryJSONL(corpus.lines)
    defer { try? FileManager.default.removeItem(at: corpusFile) }
    let rake = RakePeer.start(jsonl: corpusFile)
    switch rake {
    case .success(let peer):
        contenders.append(Contender(name: "RAKE (Python multi-rake, extraction only)") { try peer.run() })
    case .failure(let reason):
        emit("| keywords | RAKE (Python multi-rake) | \(reason) | |")
    }
    defer { if case .success(let peer) = rake { peer.stop() } }
    let throughput = try compare("keywords", bytes: corpus.bytes, rounds: rounds, contenders)
    let keywordSeconds = throughput.medians[0].seconds - throughput.medians[1].seconds
    if keywordSeconds > 0 {
        emit("| keywords | `keywords` stage alone (the difference) | \(format(throughput.megabytes / keywordSeconds, 1)) | |")
    }
    if throughput.medians.count == 4 {
        // The target, 30 MB/s where RAKE ran at 14.7, as a ratio that holds on a noisy machine.
        let timesFaster = 1 / throughput.medians[3].relative
        emit("| keywords | tokens + sentences + `keywords` ÷ RAKE, same rounds | \(format(timesFaster, 2))× | target ≥ 2.04 (30 ÷ 14.7 MB/s) |")
    }

    let small = corpus.singleDocument(megabytes: 1)
    let large = corpus.singleDocument(megabytes: 10)
    let scaling = try compare(
        "linear cost: keywords (with tokens, sentences)", bytes: large.utf8.count, rounds: max(1, rounds / 2),
        [
            // The small document is run as often as it takes to match the large one's bytes.
            Contender(name: "one 1 MB document ×\(large.utf8.count / small.utf8.count)") {
                try runStages(statistical, over: Array(repeating: small, count: large.utf8.count / small.utf8.count))
            },
            Contender(name: "one 10 MB document") { try runStages(statistical, over: [large]) },
        ])
    emit("| linear cost: keywords | cost per MB, 10 MB ÷ 1 MB document | \(format(scaling.medians[1].seconds / scaling.medians[0].seconds, 2)) | |")
    return [throughput, scaling]
}

/// The `keywords` stage on English news: tokens + sentences + `keywords` beside tokens + sentences alone,
/// over an English corpus repeated to at least 2 MB. English words are shorter than Arabic ones, so a MB
/// holds more of them, and their analysis (case, plural endings) differs from Arabic's.
func englishKeywordBenchmarks(_ corpus: Corpus, rounds: Int) throws -> Comparison {
    let repeats = max(1, (2_000_000 + corpus.bytes - 1) / max(corpus.bytes, 1))
    let texts = Array(repeating: corpus.texts, count: repeats).flatMap { $0 }
    let bytes = corpus.bytes * repeats
    let segmentation: [any Stage] = [Tokenizer(locale: "en"), SentenceSegmenter(locale: "en")]
    let withKeywords = segmentation + [KeywordExtractor(language: .en)]
    let comparison = try compare(
        "keywords, English (\(corpus.texts.count) articles ×\(repeats))", bytes: bytes, rounds: rounds,
        [
            Contender(name: "tokens + sentences + `keywords`") { try runStages(withKeywords, over: texts) },
            Contender(name: "tokens + sentences alone") { try runStages(segmentation, over: texts) },
        ])
    let keywordSeconds = comparison.medians[0].seconds - comparison.medians[1].seconds
    if keywordSeconds > 0 {
        emit("| keywords, English | `keywords` stage alone (the difference) | \(format(comparison.megabytes / keywordSeconds, 1)) | |")
    }
    return comparison
}

import KeywordExtraction
import Segmentation
import Toolkit

/// The `keywords` stage's cost: tokens + sentences + `keywords` beside tokens + sentences alone on the
/// corpus (the difference is the stage's own time), the `graph` method beside the default, and one
/// 10 MB document against one 1 MB document, to show the cost per MB does not grow with length.
func keywordBenchmarks(_ corpus: Corpus, rounds: Int) throws -> [Comparison] {
    let segmentation: [any Stage] = [Tokenizer(locale: "ar"), SentenceSegmenter(locale: "ar")]
    let statistical = segmentation + [KeywordExtractor()]
    let graph = segmentation + [KeywordExtractor(method: .graph)]
    let throughput = try compare(
        "keywords", bytes: corpus.bytes, rounds: rounds,
        [
            Contender(name: "tokens + sentences + `keywords`") { try runStages(statistical, over: corpus.texts) },
            Contender(name: "tokens + sentences alone") { try runStages(segmentation, over: corpus.texts) },
            Contender(name: "tokens + sentences + `keywords` (method: graph)") {
                try runStages(graph, over: corpus.texts)
            },
        ])
    let keywordSeconds = throughput.medians[0].seconds - throughput.medians[1].seconds
    if keywordSeconds > 0 {
        emit("| keywords | `keywords` stage alone (the difference) | \(format(throughput.megabytes / keywordSeconds, 1)) | |")
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

import QuoteDetection
import Segmentation
import Toolkit

/// The `quotes` stage's cost: with the paragraphs and sentences it needs, beside those alone, on the corpus
/// (the difference is the stage's own time). Its linear cost is in the `scaling` group.
func quoteBenchmarks(_ corpus: Corpus, rounds: Int) throws -> [Comparison] {
    let segmentation: [any Stage] = [ParagraphSegmenter(), SentenceSegmenter(locale: "ar")]
    let quotes = segmentation + [QuoteDetector(language: .arabic)]
    let throughput = try compare(
        "quotes", bytes: corpus.bytes, rounds: rounds,
        [
            Contender(name: "paragraphs + sentences + `quotes`") { try runStages(quotes, over: corpus.texts) },
            Contender(name: "paragraphs + sentences alone") { try runStages(segmentation, over: corpus.texts) },
        ])
    let stageSeconds = throughput.medians[0].seconds - throughput.medians[1].seconds
    if stageSeconds > 0 {
        emit("| quotes | `quotes` stage alone (the difference) | \(format(throughput.megabytes / stageSeconds, 1)) | |")
    }
    return [throughput]
}

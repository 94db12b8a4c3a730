import Foundation
import ICUBaseline
import Segmentation
import Toolkit

/// Runs stages over every text, making each document from its UTF-8 string (text view and offsets included).
func runStages(_ stages: [any Stage], over texts: [String]) throws {
    let chain = try Chain(stages: stages)
    let context = StageContext()
    for text in texts {
        var document = Document(id: "", text: text)
        try chain.process(&document, context: context)
    }
}

/// A C loop over ICU on the same texts, converting each from UTF-8 first as the toolkit must.
final class BaselineLoop {
    private let handle: OpaquePointer

    init(locale: String) {
        handle = icu_baseline_open(locale)
    }

    deinit { icu_baseline_close(handle) }

    /// Counts sentence boundaries in UTF-16 text that is already converted.
    func sentences(in text: UnsafeBufferPointer<UInt16>) -> Int32 {
        icu_baseline_sentences_in(handle, text.baseAddress, Int32(text.count))
    }

    /// Converts each text from UTF-8, then runs `body` on the converted length.
    func withConversion(_ texts: [String], _ body: (OpaquePointer, Int32) -> Int32) {
        for var text in texts {
            text.withUTF8 { utf8 in
                let length = utf8.withMemoryRebound(to: CChar.self) {
                    icu_baseline_convert(handle, $0.baseAddress, Int32($0.count))
                }
                _ = body(handle, length)
            }
        }
    }
}

func segmentationBenchmarks(_ corpus: Corpus, rounds: Int) throws -> [Comparison] {
    let texts = corpus.texts
    let baseline = BaselineLoop(locale: "ar")
    let sentences = SentenceSegmenter(locale: "ar")
    let sentencesWithoutRules = SentenceSegmenter(locale: "ar", rules: false)
    let tokens = Tokenizer(locale: "ar")
    let paragraphs = ParagraphSegmenter()
    var results: [Comparison] = []

    results.append(try compare("sentences", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `sentences` (document + offsets)") { try runStages([sentences], over: texts) },
        Contender(name: "C loop over ICU, with UTF-8 → UTF-16") {
            baseline.withConversion(texts) { icu_baseline_sentences($0, $1) }
        },
        Contender(name: "toolkit `sentences`, rules off") { try runStages([sentencesWithoutRules], over: texts) },
        Contender(name: "document creation alone") { try runStages([], over: texts) },
        Contender(name: "document creation + C loop over its UTF-16") {
            for text in texts {
                let document = Document(id: "", text: text)
                _ = document.view.utf16.withUnsafeBufferPointer { baseline.sentences(in: $0) }
            }
        },
    ]))
    results.append(try compare("tokens", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `tokens` (document + offsets + kinds)") { try runStages([tokens], over: texts) },
        Contender(name: "C loop over ICU, with UTF-8 → UTF-16") {
            baseline.withConversion(texts) { icu_baseline_words($0, $1) }
        },
    ]))
    results.append(try compare("sentences + tokens", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `sentences` + `tokens`") { try runStages([sentences, tokens], over: texts) },
        Contender(name: "C loops over ICU, with UTF-8 → UTF-16") {
            baseline.withConversion(texts) { icu_baseline_sentences($0, $1) + icu_baseline_words($0, $1) }
        },
    ]))
    results.append(try compare("paragraphs", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `paragraphs`") { try runStages([paragraphs], over: texts) },
        Contender(name: "document creation alone") { try runStages([], over: texts) },
    ]))
    results.append(try compare("boilerplate", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `boilerplate`") { try runStages([BoilerplateDetector()], over: texts) },
        Contender(name: "document creation alone") { try runStages([], over: texts) },
    ]))
    return results
}

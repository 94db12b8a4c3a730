import Foundation
import ICUBaseline
import Segmentation
import Toolkit
import Transliteration

/// The `transliterate` stage beside a plain C `utrans_transUChars` loop on the same texts, the
/// shipped Buckwalter table beside the same rules on ICU's rule engine, and `normalize`.
///
/// The ICU transforms are slow (a few MB/s on Arabic): pass `--limit` for a quick run.
func transliterationBenchmarks(_ corpus: Corpus, rounds: Int) throws -> [Comparison] {
    let texts = corpus.texts
    var results: [Comparison] = []
    for id in ["Arabic-Latin", "Any-Latin; Latin-ASCII"] {
        let stage = try Transliterator(.id(id))
        let baseline = BaselineLoop(locale: "ar")
        let idUnits = Array(id.utf16)
        results.append(try compare("transliterate `\(id)`", bytes: corpus.bytes, rounds: rounds, [
            Contender(name: "toolkit `transliterate` (document + aligned output)") { try runStages([stage], over: texts) },
            Contender(name: "C loop over ICU, with UTF-8 → UTF-16") {
                baseline.withConversion(texts) { icu_baseline_transliterate($0, idUnits, Int32(idUnits.count), $1) }
            },
        ]))
    }
    let table = try Transliterator(.scheme("buckwalter"))
    let tableByToken = try Transliterator(.scheme("buckwalter"), unit: .token)
    let rulesOnICU = try Transliterator(.rules(TransliterationScheme.buckwalter.rules))
    results.append(try compare("Buckwalter", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `transliterate`, scheme buckwalter (compiled table)") { try runStages([table], over: texts) },
        Contender(name: "the same rules on ICU's rule engine") { try runStages([rulesOnICU], over: texts) },
        Contender(name: "document creation alone") { try runStages([], over: texts) },
    ]))
    let tokenizer = Tokenizer(locale: "ar")
    results.append(try compare("Buckwalter by token", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `tokens` + `transliterate` unit token") { try runStages([tokenizer, tableByToken], over: texts) },
        Contender(name: "toolkit `tokens` alone") { try runStages([tokenizer], over: texts) },
    ]))
    let normalizer = try TextNormalizer()
    results.append(try compare("normalize", bytes: corpus.bytes, rounds: rounds, [
        Contender(name: "toolkit `normalize` (NFKC + Arabic foldings, aligned)") { try runStages([normalizer], over: texts) },
        Contender(name: "document creation alone") { try runStages([], over: texts) },
    ]))
    return results
}

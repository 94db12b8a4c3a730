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
    let tokenized = try TokenizedTexts(texts)
    var results: [Comparison] = []
    let cases: [(id: String, unit: TransliterationUnit)] = [
        ("Arabic-Latin", .document), ("Arabic-Latin", .token), ("Any-Latin; Latin-ASCII", .document),
        ("Any-Upper", .document), ("Any-Upper", .token),
    ]
    for (id, unit) in cases {
        results.append(try compareWithCLoop(id: id, unit: unit, tokenized, bytes: corpus.bytes, rounds: rounds))
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

/// An ICU transform by document or by token: the `transliterate` stage beside a C loop calling
/// `utrans_transUChars` on the same pieces.
///
/// Both sides start from the UTF-8 text (document creation; UTF-8 → UTF-16 conversion) and keep
/// one transliterator across rounds, as a worker keeps it across documents. By token, both get
/// the same ICU word tokens, made before timing, so the ratio is the transliteration's alone.
private func compareWithCLoop(
    id: String, unit: TransliterationUnit, _ tokenized: TokenizedTexts, bytes: Int, rounds: Int
) throws -> Comparison {
    let stage = try Transliterator(.id(id), unit: unit)
    let context = StageContext()
    let baseline = BaselineLoop(locale: "ar")
    let idUnits = Array(id.utf16)
    let cLoop: () -> Void
    switch unit {
    case .token:
        cLoop = {
            var index = 0
            baseline.withConversion(tokenized.texts) { handle, _ in
                defer { index += 1 }
                return tokenized.utf16Bounds[index].withUnsafeBufferPointer { bounds in
                    icu_baseline_transliterate_pieces(
                        handle, idUnits, Int32(idUnits.count), bounds.baseAddress, Int32(bounds.count / 2))
                }
            }
        }
    default:
        cLoop = {
            baseline.withConversion(tokenized.texts) { icu_baseline_transliterate($0, idUnits, Int32(idUnits.count), $1) }
        }
    }
    return try compare("transliterate `\(id)` by \(unit.rawValue)", bytes: bytes, rounds: rounds, [
        Contender(name: "toolkit `transliterate` (aligned output)") {
            for (text, tokens) in zip(tokenized.texts, tokenized.tokens) {
                var document = Document(id: "", text: text)
                if unit == .token { document[Tokens.self] = tokens }
                try stage.process(&document, context: context)
            }
        },
        Contender(name: "C `utrans_transUChars` loop") { cLoop() },
    ])
}

/// The corpus texts with their ICU word tokens, as `Tokens` layers and as UTF-16 bounds for the C loop.
private struct TokenizedTexts {
    let texts: [String]
    let tokens: [[Token]]
    /// Per text, each token's UTF-16 start and end.
    let utf16Bounds: [[Int32]]

    init(_ texts: [String]) throws {
        let tokenizer = Tokenizer(locale: "ar")
        let context = StageContext()
        var tokens: [[Token]] = []
        var bounds: [[Int32]] = []
        for text in texts {
            var document = Document(id: "", text: text)
            try tokenizer.process(&document, context: context)
            let layer = document[Tokens.self] ?? []
            tokens.append(layer)
            bounds.append(layer.flatMap { token in
                let range = document.view.utf16Range(token.span)
                return [Int32(range.lowerBound), Int32(range.upperBound)]
            })
        }
        self.texts = texts
        self.tokens = tokens
        self.utf16Bounds = bounds
    }
}

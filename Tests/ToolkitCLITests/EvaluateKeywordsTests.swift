import Foundation
import KeywordExtraction
import Testing
import Toolkit

@testable import ToolkitCLI

@Suite struct EvaluateKeywordsTests {
    @Test(arguments: [
        ("Co(II)–OEP", "co ii oep"), ("  Large-Scale   Systems ", "large scale systems"),
        ("الجَزائِـر", "الجزائر"), ("أمريكا", "امريكا"), ("مستشفى", "مستشفي"), ("الإرهابية", "الارهابيه"), ("ﻻ", "لا"), ("David's", "david s"),
    ])
    func normalization(phrase: String, normalized: String) {
        #expect(KeyphraseNormalization.normalize(phrase) == normalized)
    }

    @Test func macroPrecisionRecallAndF1() {
        var tally = KeyphraseTally(cutoffs: [1, 5])
        tally.add(predicted: ["Large scale systems", "control", "large-scale systems", "x"], gold: ["large scale systems", "process control"])
        tally.add(predicted: [], gold: ["anything"])
        tally.add(predicted: ["a"], gold: [])
        #expect(tally.documents == 2 && tally.withoutGold == 1)
        let scores = tally.scores
        // Document 1: at 1, 1 hit of 1 predicted, 1 of 2 gold; at 5, duplicates count once: 1 hit of 3.
        #expect(abs(scores[0].precision - 0.5) < 1e-9 && abs(scores[0].recall - 0.25) < 1e-9)
        #expect(abs(scores[1].precision - 1.0 / 6) < 1e-9 && abs(scores[1].recall - 0.25) < 1e-9)
        let f1 = 2 * scores[1].precision * scores[1].recall / (scores[1].precision + scores[1].recall)
        #expect(abs(scores[1].f1 - f1) < 1e-9)
    }

    @Test func theReportShowsAveragedScoresWithoutCounts() throws {
        let report = EvaluationReport(
            task: "keywords", chain: "keywords", gold: "dev.jsonl", documents: 2,
            scores: [("at10", AveragedScore(precision: 0.5, recall: 0.25, f1: 1.0 / 3))], skipped: 1)
        #expect(report.table == """
            keywords: chain 'keywords' on dev.jsonl (2 documents; 1 without gold annotations skipped)
            measure  precision  recall      f1
            at10        0.5000  0.2500  0.3333

            """)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(object["skipped"] as? Int == 1)
        let scores = try #require(object["scores"] as? [String: [String: Any]])
        #expect(scores["at10"]?["recall"] as? Double == 0.25)
        #expect(scores["at10"]?["correct"] == nil)
    }

    static let keyphrases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/keyphrases")

    /// The targets on the development sets, with the built-in `keywords` chain.
    /// Skipped when `../shared/data/keyphrases` is absent.
    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: keyphrases.path)),
        arguments: [("inspec-dev.jsonl", 0.26), ("semeval2017-dev.jsonl", 0.26), ("500n-kpcrowd-dev.jsonl", 0.18)])
    func developmentSetF1AtTen(file: String, target: Double) throws {
        let registry = ToolkitCommand.builtInRegistry
        let chain = try registry.makeChain(try #require(registry.chain(named: "keywords")))
        let sources = try DocumentReader(format: .jsonl).documents(for: [Self.keyphrases.appendingPathComponent(file).path])
        var tally = KeyphraseTally(cutoffs: [10])
        try chain.run(sources, jobs: 2, finish: { $0 }) { result in
            let document = try result.get()
            guard case .array(let gold)? = document.meta["keyphrases"] else { return }
            tally.add(predicted: (document[Keywords.self] ?? []).map(\.text), gold: gold.compactMap(\.stringValue))
        }
        #expect(tally.documents > 100)
        #expect(tally.scores[0].f1 >= target, "F1@10 on \(file): \(tally.scores[0].f1)")
    }
}

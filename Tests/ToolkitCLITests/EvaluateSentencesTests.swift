import Foundation
import Segmentation
import Testing
import Toolkit

@testable import ToolkitCLI

/// `../shared/data`, beside the repository, when it is there.
private let sharedData = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/data")

private func sharedFile(_ path: String) -> String { sharedData.appendingPathComponent(path).path }

/// A temporary file holding `contents`, removed after `body`.
private func withTemporaryFile<T>(_ contents: String, _ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).jsonl")
    try contents.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

@Suite struct ScoreTests {
    @Test func precisionRecallAndF1ComeFromTheCounts() {
        let score = Score(correct: 3, predicted: 4, gold: 6)
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.5)
        #expect(abs(score.f1 - 0.6) < 1e-12)
    }

    @Test func scoresAddUpOverDocuments() {
        let total = Score(predicted: Set([1, 2, 3]), gold: Set([2, 3, 4])) + Score(predicted: Set([5]), gold: Set([5]))
        #expect(total == Score(correct: 3, predicted: 4, gold: 4))
    }

    @Test func nothingToFindAndNothingFoundIsPerfect() {
        #expect(Score().f1 == 1)
        #expect(Score(correct: 0, predicted: 0, gold: 2).f1 == 0)
        #expect(Score(correct: 0, predicted: 2, gold: 0).precision == 0)
    }
}

@Suite struct SentenceScoresTests {
    // "Hi there. How are you?\n\nFine." (code points: 0 Hi there. 9, 10 How are you? 22, 24 Fine. 29)
    let text = "Hi there. How are you?\n\nFine."
    let gold = [Span(start: 0, end: 9), Span(start: 10, end: 22), Span(start: 24, end: 29)]

    @Test func aPerfectSegmentationScoresOne() {
        let scores = SentenceScores(text: text, gold: gold, predicted: gold)
        #expect(scores.sentences == Score(correct: 3, predicted: 3, gold: 3))
        // The end of the text is not a boundary: two boundaries are left.
        #expect(scores.boundaries == Score(correct: 2, predicted: 2, gold: 2))
    }

    @Test func spansCompareAfterTrimmingWhiteSpace() {
        let predicted = [Span(start: 0, end: 10), Span(start: 10, end: 24), Span(start: 24, end: 29)]
        let scores = SentenceScores(text: text, gold: gold, predicted: predicted)
        #expect(scores.sentences.f1 == 1)
        #expect(scores.boundaries.f1 == 1)
    }

    @Test func aMissedBoundaryCostsTwoSentencesAndOneBoundary() {
        let predicted = [Span(start: 0, end: 22), Span(start: 24, end: 29)]
        let scores = SentenceScores(text: text, gold: gold, predicted: predicted)
        #expect(scores.sentences == Score(correct: 1, predicted: 2, gold: 3))
        #expect(scores.boundaries == Score(correct: 1, predicted: 1, gold: 2))
    }

    @Test func aWrongSplitCostsPrecision() {
        let predicted = [Span(start: 0, end: 3), Span(start: 3, end: 9)] + gold.dropFirst()
        let scores = SentenceScores(text: text, gold: gold, predicted: predicted)
        #expect(scores.sentences == Score(correct: 2, predicted: 4, gold: 3))
        #expect(scores.boundaries == Score(correct: 2, predicted: 3, gold: 2))
    }

    @Test func offsetsAreCodePointsInArabicAndEmojiText() {
        // The emoji is one code point (two UTF-16 units).
        let text = "قال د. محمد 🙂. وأضاف."
        let gold = [Span(start: 0, end: 14), Span(start: 15, end: 21)]
        #expect(SentenceScores(text: text, gold: gold, predicted: gold).sentences.f1 == 1)
    }
}

@Suite struct GoldDocumentsTests {
    @Test func recordsKeepTheirAnnotationsAndTheirLine() throws {
        let lines = """
            {"id": "d1", "text": "One. Two.", "sentences": [[0, 4], [5, 9]]}

            {"id": "d2", "text": "Three.", "lang": "en", "sentences": [[0, 6]]}
            """
        let records = try withTemporaryFile(lines) { try GoldDocuments.read($0, language: "ar") }
        #expect(records.map(\.document.id) == ["d1", "d2"])
        #expect(records.map(\.document.language) == ["ar", "en"])
        #expect(records[1].origin.hasSuffix(":3"))
        #expect(try records[0].spans("sentences") == [Span(start: 0, end: 4), Span(start: 5, end: 9)])
        #expect(records[0].input.meta.isEmpty)
    }

    @Test func aBadAnnotationNamesTheFileLineAndItem() throws {
        let lines = """
            {"id": "d1", "text": "One. Two.", "sentences": [[0, 4], [5, 90]]}
            {"id": "d2", "text": "Three."}
            {"id": "d3", "text": "Four.", "sentences": [[0, "5"]]}
            """
        let records = try withTemporaryFile(lines) { try GoldDocuments.read($0, language: nil) }
        let outOfRange = #expect(throws: EvaluationError.self) { try records[0].spans("sentences") }
        #expect(outOfRange?.description.contains(":1: 'sentences' item 2 [5, 90] is not a span") == true)
        let missing = #expect(throws: EvaluationError.self) { try records[1].spans("sentences") }
        #expect(missing?.description.contains(":2: the record has no 'sentences'") == true)
        let notIntegers = #expect(throws: EvaluationError.self) { try records[2].spans("sentences") }
        #expect(notIntegers?.description.contains(":3: 'sentences' item 1 is not a [start, end] pair") == true)
    }

    @Test func aMissingFileOrABrokenLineIsAnError() throws {
        #expect(throws: EvaluationError.self) { try GoldDocuments.read("/nonexistent/gold.jsonl", language: nil) }
        let broken = try withTemporaryFile("{\"id\": \"d1\", \"text\": \"One.\"}\n{\"id\": \"d2\", \"text\"\n") { path in
            Result { try GoldDocuments.read(path, language: nil) }
        }
        #expect(throws: EvaluationError.self) { try broken.get() }
    }
}

@Suite struct EvaluationReportTests {
    let report = EvaluationReport(
        task: "sentences", chain: "segment", gold: "dev.jsonl", documents: 2,
        scores: [("sentences", Score(correct: 3, predicted: 4, gold: 6)), ("boundaries", Score(correct: 1, predicted: 1, gold: 2))])

    @Test func theTableShowsEachMeasureWithItsCounts() {
        #expect(report.table == """
            sentences: chain 'segment' on dev.jsonl (2 documents)
            measure     precision  recall      f1  correct  predicted  gold
            sentences      0.7500  0.5000  0.6000        3          4     6
            boundaries     1.0000  0.5000  0.6667        1          1     2

            """)
    }

    @Test func theJSONHoldsTheSameNumbers() throws {
        let object = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as! [String: Any]
        #expect(object["task"] as? String == "sentences")
        #expect(object["documents"] as? Int == 2)
        let scores = object["scores"] as! [String: [String: Any]]
        #expect(scores["sentences"]?["precision"] as? Double == 0.75)
        #expect(scores["boundaries"]?["gold"] as? Int == 2)
    }

    @Test func theCommandIsAnEvaluateSubcommand() throws {
        let command = try ToolkitCommand.parseAsRoot([
            "evaluate", "sentences", "--chain", "segment", "--gold", "dev.jsonl", "--lang", "ar", "--json",
        ])
        let sentences = try #require(command as? EvaluateSentencesCommand)
        #expect(sentences.options.gold == "dev.jsonl")
        #expect(sentences.options.lang == "ar")
        #expect(sentences.options.json)
    }
}

/// The targets on the UD development sets; skipped when `../shared/data` is absent.
@Suite struct SentenceTargetsTests {
    /// Sentence and boundary scores of the `sentences` stage, with or without its rules, on a gold file.
    private func scores(_ path: String, locale: String, rules: Bool) throws -> SentenceScores {
        let records = try GoldDocuments.read(sharedFile(path), language: nil)
        let chain = try Chain { SentenceSegmenter(locale: locale, rules: rules) }
        let documents = try chain.run(records.map(\.input), jobs: 2).map { try $0.get() }
        return SentenceScores(documents: documents, gold: try records.map { try $0.spans("sentences") })
    }

    /// Arabic PUD must reach sentence F1 0.99, English EWT 0.85, both above ICU alone.
    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: sharedData.path)),
        arguments: [("ud-ar-pud/dev.jsonl", "ar", 0.99), ("ud-en-ewt/dev.jsonl", "en", 0.85)])
    func theRulesReachTheTarget(gold: String, locale: String, target: Double) throws {
        let withRules = try scores(gold, locale: locale, rules: true)
        let icu = try scores(gold, locale: locale, rules: false)
        #expect(withRules.sentences.f1 >= target)
        #expect(withRules.sentences.f1 > icu.sentences.f1)
    }
}

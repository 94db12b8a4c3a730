import Foundation
import Testing
import Toolkit

@testable import ToolkitCLI

/// `toolkit evaluate quotes`: the figures of `quotes-dev/score.py`, and the stage's targets on the dev set.
/// The tests that read `../shared/data/quotes-dev` are skipped when it is absent.
@Suite struct EvaluateQuotesTests {
    static let devSet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/data/quotes-dev/dev.jsonl"
        ).path
    static let hasDevSet = FileManager.default.fileExists(atPath: devSet)

    /// The trivial baseline of `score.py`: every “…”, «…» and "…" on one line, direct, no speaker.
    static func baseline(_ text: String) -> [ScoredQuote] {
        let scalars = Array(text.unicodeScalars)
        let closers: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "«": "»", "\"": "\""]
        var quotes: [ScoredQuote] = []
        var index = 0
        while index < scalars.count {
            guard let closer = closers[scalars[index]],
                let end = scalars[(index + 1)...].firstIndex(where: { $0 == closer || $0 == "\n" }),
                scalars[end] == closer
            else {
                index += 1
                continue
            }
            var start = index + 1
            var stop = end
            while start < stop && scalars[start].properties.isWhitespace { start += 1 }
            while stop > start && scalars[stop - 1].properties.isWhitespace { stop -= 1 }
            quotes.append(ScoredQuote(kind: .direct, span: start..<stop, speaker: nil))
            index = end + 1
        }
        return quotes
    }

    /// The issue gives the baseline's figures from `score.py`: direct exact F1 0.784, kind accuracy 0.662,
    /// speaker accuracy 0.
    @Test(.enabled(if: hasDevSet)) func scorerReproducesScorePyOnTheBaseline() throws {
        let documents = try QuoteGoldFile.read(Self.devSet, dataRoot: "/nonexistent")
        var scorer = QuoteScorer()
        for document in documents {
            scorer.add(gold: document.quotes, predicted: Self.baseline(document.text), language: document.language)
        }
        let report = QuoteReport(scorer, documentCount: documents.count)
        #expect(report.text.contains("direct/exact    P 0.653  R 0.980  F1 0.784   (tp 49, pred 75, gold 50)"))
        #expect(report.text.contains("kind accuracy            0.662   (n 74)"))
        #expect(report.text.contains("speaker accuracy         0.000   (n 49)"))
        #expect(
            report.json.hasPrefix("{\n  \"all\": {\n    \"direct/exact\": {\n      \"precision\": 0.6533333333333333,"))
    }

    @Test(.enabled(if: hasDevSet)) func goldAgainstItselfScoresOne() throws {
        let documents = try QuoteGoldFile.read(Self.devSet, dataRoot: "/nonexistent")
        var scorer = QuoteScorer()
        for document in documents {
            scorer.add(gold: document.quotes, predicted: document.quotes, language: document.language)
        }
        let text = QuoteReport(scorer, documentCount: documents.count).text
        #expect(text.components(separatedBy: "F1 1.000").count - 1 == 9)
        #expect(text.components(separatedBy: "accuracy         1.000").count - 1 == 3)
    }

    /// The targets of issue 9: direct exact F1 ≥ 0.92, kind accuracy ≥ 0.90, speaker accuracy ≥ 0.85, in
    /// each language.
    @Test(.enabled(if: hasDevSet)) func quotesChainMeetsTheTargetsOnTheDevSet() throws {
        let registry = ToolkitCommand.builtInRegistry
        let chain = try registry.makeChain(try #require(registry.chain(named: "quotes")))
        let documents = try QuoteGoldFile.read(Self.devSet, dataRoot: "/nonexistent")
        let (report, predictions) = try EvaluateQuotesCommand.evaluate(chain, on: documents)
        #expect(predictions.filter { $0 == UInt8(ascii: "\n") }.count == documents.count)
        for group in ["all", "ar", "en"] {
            let figures = try #require(report.groups.first { $0.name == group }?.figures)
            guard case .number(let f1) = figures["direct/exact"]["f1"],
                case .number(let kind) = figures["kind_accuracy"]["value"],
                case .number(let speaker) = figures["speaker_accuracy"]["value"]
            else {
                Issue.record("missing figures for \(group)")
                continue
            }
            #expect(f1 >= 0.92, "\(group) direct exact F1")
            #expect(kind >= 0.90, "\(group) kind accuracy")
            #expect(speaker >= 0.85, "\(group) speaker accuracy")
        }
    }

    @Test func goldRowsAreChecked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold.jsonl").path
        try #"{"id": "a", "text": "He said \"yes\".", "quotes": [{"kind": "direct", "content": [9, 40]}]}"#
            .write(toFile: gold, atomically: true, encoding: .utf8)
        #expect {
            try QuoteGoldFile.read(gold, dataRoot: folder.path)
        } throws: { error in
            String(describing: error).contains("gold.jsonl:1 quote 0: content must be [start, end] inside the text")
        }
        let corpus = folder.appendingPathComponent("corpus.jsonl").path
        try #"{"id": "b", "text": "He said \"no\"."}"#.write(toFile: corpus, atomically: true, encoding: .utf8)
        try #"{"id": "b", "corpus": "corpus.jsonl", "sha1": "0000", "quotes": []}"#
            .write(toFile: gold, atomically: true, encoding: .utf8)
        #expect {
            try QuoteGoldFile.read(gold, dataRoot: folder.path)
        } throws: { error in
            String(describing: error).contains("does not match its sha1")
        }
    }

    @Test func sha1MatchesKnownDigests() {
        #expect(SHA1.hex(Array("".utf8)) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(
            SHA1.hex(Array("The quick brown fox jumps over the lazy dog".utf8))
                == "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")
    }

    @Test func speakerNamesAreComparedAsScorePyDoes() {
        let gold = ScoredQuote(
            kind: .direct, span: 0..<1, speaker: "جنيفر بالمييري", aliases: ["الناطقة باسم حملة كلينتون"])
        #expect(SpeakerMatch.matches("جنيفر  بالمييري", gold, lenient: false))
        #expect(SpeakerMatch.matches("الناطقة باسم حملة كلينتون", gold, lenient: false))
        #expect(!SpeakerMatch.matches("بالمييري", gold, lenient: false))
        #expect(SpeakerMatch.matches("بالمييري", gold, lenient: true))
        #expect(SpeakerMatch.normalize("Mr. O'Neil-Smith") == "mr o neil smith")
        #expect(SpeakerMatch.normalize("المسؤولة الأمنية") == "المسووله الامنيه")
    }
}

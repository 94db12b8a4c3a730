import Foundation
import Toolkit

/// What `toolkit evaluate` prints: which chain ran on which gold file, and a score per measure.
struct EvaluationReport {
    /// The task, e.g. `sentences`.
    var task: String
    var chain: String
    /// The gold file's path, as given.
    var gold: String
    var documents: Int
    /// Measures in the order they are printed, e.g. `sentences`, `boundaries`.
    var scores: [(measure: String, score: any ReportedScore)]
    /// Documents of the gold file left out of the scores because they have no gold annotations.
    var skipped = 0

    /// A table for people: one row per measure, with precision, recall, F1 and, when every measure has them,
    /// the counts behind them.
    var table: String {
        let withCounts = scores.allSatisfy { $0.score.counts != nil }
        let header = ["measure", "precision", "recall", "f1"] + (withCounts ? ["correct", "predicted", "gold"] : [])
        let rows = scores.map { measure, score in
            [measure, Self.fixed(score.precision), Self.fixed(score.recall), Self.fixed(score.f1)]
                + (withCounts ? score.counts.map { [String($0.correct), String($0.predicted), String($0.gold)] } ?? [] : [])
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        let lines = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        let title = "\(task): chain '\(chain)' on \(gold) (\(documents) document\(documents == 1 ? "" : "s")"
            + (skipped > 0 ? "; \(skipped) without gold annotations skipped)" : ")")
        return ([title] + lines).joined(separator: "\n") + "\n"
    }

    /// One JSON object for machines: `{"task", "chain", "gold", "documents", "scores": {measure: {"precision", "recall", "f1", "correct", "predicted", "gold"}}}`;
    /// `"skipped"` after `"documents"` when documents were skipped, and no counts for a measure that has none.
    var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("task")
        writer.value(task)
        writer.key("chain")
        writer.value(chain)
        writer.key("gold")
        writer.value(gold)
        writer.key("documents")
        writer.value(documents)
        if skipped > 0 {
            writer.key("skipped")
            writer.value(skipped)
        }
        writer.key("scores")
        writer.beginObject()
        for (measure, score) in scores {
            writer.key(measure)
            writer.beginObject()
            for (name, value) in [("precision", score.precision), ("recall", score.recall), ("f1", score.f1)] {
                writer.key(name)
                writer.value(value)
            }
            if let counts = score.counts {
                for (name, count) in [("correct", counts.correct), ("predicted", counts.predicted), ("gold", counts.gold)] {
                    writer.key(name)
                    writer.value(count)
                }
            }
            writer.endObject()
        }
        writer.endObject()
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }

    /// A score with four decimals.
    private static func fixed(_ value: Double) -> String {
        String(format: "%.4f", value)
    }
}

/// Precision, recall and F1 as a report prints them.
protocol ReportedScore {
    var precision: Double { get }
    var recall: Double { get }
    var f1: Double { get }
    /// The counts the figures come from, when they are sums over documents (micro-averaging).
    var counts: Score? { get }
}

extension Score: ReportedScore {
    var counts: Score? { self }
}

/// Figures averaged over documents (macro-averaging), which no counts stand behind.
struct AveragedScore: ReportedScore {
    var precision: Double
    var recall: Double
    var f1: Double
    var counts: Score? { nil }
}

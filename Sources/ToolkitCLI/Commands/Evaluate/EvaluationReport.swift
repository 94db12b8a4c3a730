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
    var scores: [(measure: String, score: Score)]

    /// A table for people: one row per measure, with precision, recall, F1 and the counts behind them.
    var table: String {
        let header = ["measure", "precision", "recall", "f1", "correct", "predicted", "gold"]
        let rows = scores.map { measure, score in
            [measure, Self.fixed(score.precision), Self.fixed(score.recall), Self.fixed(score.f1),
             String(score.correct), String(score.predicted), String(score.gold)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        let lines = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        let title = "\(task): chain '\(chain)' on \(gold) (\(documents) document\(documents == 1 ? "" : "s"))"
        return ([title] + lines).joined(separator: "\n") + "\n"
    }

    /// One JSON object for machines: `{"task", "chain", "gold", "documents", "scores": {measure: {"precision", "recall", "f1", "correct", "predicted", "gold"}}}`.
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
        writer.key("scores")
        writer.beginObject()
        for (measure, score) in scores {
            writer.key(measure)
            writer.beginObject()
            for (name, value) in [("precision", score.precision), ("recall", score.recall), ("f1", score.f1)] {
                writer.key(name)
                writer.value(value)
            }
            for (name, count) in [("correct", score.correct), ("predicted", score.predicted), ("gold", score.gold)] {
                writer.key(name)
                writer.value(count)
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

import Foundation
import Toolkit

/// One gold document: the text to analyse and, in its `meta`, the task's annotations.
struct GoldRecord: Sendable {
    /// Where the record is, for error messages: `gold.jsonl:12`.
    var origin: String
    var document: Document

    /// The document as the chain sees it: its id, text and language, without the gold annotations.
    var input: Document { Document(id: document.id, text: document.text, language: document.language) }

    /// A field of `[start, end]` code point offsets, checked against the text.
    func spans(_ field: String) throws(EvaluationError) -> [Span] {
        guard case .array(let items)? = document.meta[field] else {
            throw EvaluationError("\(origin): the record has no '\(field)' list of [start, end] code point offsets")
        }
        var spans: [Span] = []
        spans.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .array(let pair) = item, pair.count == 2, case .int(let start) = pair[0],
                case .int(let end) = pair[1]
            else {
                throw EvaluationError("\(origin): '\(field)' item \(index + 1) is not a [start, end] pair of integers")
            }
            guard 0 <= start, start <= end, end <= document.scalarCount else {
                throw EvaluationError(
                    "\(origin): '\(field)' item \(index + 1) [\(start), \(end)] is not a span of the text's \(document.scalarCount) code points")
            }
            spans.append(Span(start: start, end: end))
        }
        return spans
    }
}

/// A gold file or a record that cannot be used, with the file and line at fault.
struct EvaluationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads gold JSONL: one `{"id", "text", "lang"?, ...}` object per line; the task's fields go to each document's `meta`.
enum GoldDocuments {
    static func read(_ path: String, language: String?) throws(EvaluationError) -> [GoldRecord] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw EvaluationError("no gold file at '\(path)'")
        }
        let reader = DocumentReader(format: .jsonl, language: language)
        var records: [GoldRecord] = []
        do {
            for source in try reader.documents(for: [path]) {
                records.append(GoldRecord(origin: source.origin, document: try source.makeDocument()))
            }
        } catch {
            throw EvaluationError(String(describing: error))
        }
        return records
    }
}

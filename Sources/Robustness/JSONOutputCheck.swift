import Foundation
import Toolkit

/// Checks a document's JSON output the way a consumer reads it.
///
/// The output is parsed back with `JSONSerialization`; its text must be the
/// document's text, code point for code point, and every object with integer
/// `start` and `end` (in any layer, at any depth) must slice, as code point
/// indices (Python's `text[start:end]`), the same code points Swift's
/// `document[span]` gives.
public enum JSONOutputCheck {
    public static func violations(in document: Document) -> [Violation] {
        var writer = JSONWriter()
        document.writeJSON(to: &writer)
        let parsed: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any] else {
                return [Violation("json", "the output is not an object")]
            }
            parsed = object
        } catch {
            return [Violation("json", "the output does not parse: \(error)")]
        }
        guard let text = parsed["text"] as? String, let layers = parsed["layers"] as? [String: Any] else {
            return [Violation("json", "the output has no text or no layers")]
        }
        let scalars = Array(text.unicodeScalars)
        guard scalars.elementsEqual(document.text.unicodeScalars) else {
            return [Violation("json", "the text read back differs from the document's text")]
        }
        var found: [Violation] = []
        for (name, value) in layers {
            visitSpans(in: value) { start, end in
                guard 0 <= start, start <= end, end <= scalars.count else {
                    found.append(Violation(name, "\(start)..<\(end) is outside the text in JSON"))
                    return
                }
                let swift = document[Span(start: start, end: end)].unicodeScalars
                if !swift.elementsEqual(scalars[start..<end]) {
                    found.append(Violation(name, "\(start)..<\(end) slices differently in JSON and in Swift"))
                }
            }
        }
        return found
    }

    /// Calls `body` with the offsets of every `{"start": Int, "end": Int, …}` object inside `value`,
    /// except those under an `output` member: an aligned layer's output spans index its own `text`.
    static func visitSpans(in value: Any, _ body: (Int, Int) -> Void) {
        if let object = value as? [String: Any] {
            if let start = object["start"] as? Int, let end = object["end"] as? Int { body(start, end) }
            for (key, member) in object where key != "output" { visitSpans(in: member, body) }
        } else if let array = value as? [Any] {
            for element in array { visitSpans(in: element, body) }
        }
    }
}

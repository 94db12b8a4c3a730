import Toolkit

/// The keyphrases that say what a document is about, most important first.
public enum Keywords: Layer {
    public typealias Value = [Keyword]
    public static let name = "keywords"
}

/// One keyphrase and every place it occurs.
///
/// In JSON: `{"text", "key", "score", "count", "occurrences": [{"start", "end"}, …]}`.
public struct Keyword: Codable, Hashable, Sendable, JSONWritable {
    /// How the phrase reads: its most frequent form in the text, without a leading
    /// Arabic conjunction or preposition (`الجزائر` for `وبالجزائر`).
    public var text: String
    /// The normalized form that groups its occurrences: case folded, Arabic diacritics,
    /// tatweel and clitics removed, English plurals reduced (`والجزائر` → `جزائر`, `Attacks` → `attack`).
    public var key: String
    /// How important the phrase is to the document: higher means more important.
    /// Scores compare keyphrases of one document and one method, not across documents.
    public var score: Double
    /// How many times the phrase occurs.
    public var count: Int
    /// Where it occurs, in text order; each span covers the whole surface form, clitics included.
    public var occurrences: [Span]

    public init(text: String, key: String, score: Double, count: Int, occurrences: [Span]) {
        self.text = text
        self.key = key
        self.score = score
        self.count = count
        self.occurrences = occurrences
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("text")
        writer.value(text)
        writer.key("key")
        writer.value(key)
        writer.key("score")
        writer.value(score)
        writer.key("count")
        writer.value(count)
        writer.key("occurrences")
        occurrences.writeJSON(to: &writer)
        writer.endObject()
    }
}

import Toolkit

/// What a transliteration transforms as one piece, and so what each aligned segment covers.
///
/// A transform sees only its piece: rules with context (`arabic-simple`'s word
/// starts, ICU's `Any-Latin`) see one token, one sentence, or the whole text.
/// The text between pieces (white space) is copied unchanged.
public enum TransliterationUnit: String, Sendable, Hashable, CaseIterable {
    /// Each token of the `tokens` layer.
    case token
    /// Each sentence of the `sentences` layer.
    case sentence
    /// The whole text, as one segment.
    case document

    /// The layer the unit's pieces come from.
    var requires: [any Layer.Type] {
        switch self {
        case .token: [Tokens.self]
        case .sentence: [Sentences.self]
        case .document: []
        }
    }

    /// The pieces of a document, in text order.
    func spans(in document: Document) throws(TransliterationError) -> [Span] {
        switch self {
        case .token:
            guard let tokens = document[Tokens.self] else { throw .missingLayer(Tokens.name) }
            return tokens.map(\.span)
        case .sentence:
            guard let sentences = document[Sentences.self] else { throw .missingLayer(Sentences.name) }
            return sentences.map(\.span)
        case .document:
            return document.scalarCount == 0 ? [] : [Span(start: 0, end: document.scalarCount)]
        }
    }
}

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
}

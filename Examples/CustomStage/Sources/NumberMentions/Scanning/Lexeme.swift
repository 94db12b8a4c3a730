/// A piece of text the matcher reads: a run of digits, a word, or one other character.
///
/// Offsets are UTF-16 offsets into the document's `view.utf16`.
struct Lexeme {
    enum Kind: UInt8 {
        /// Digits of one or more of the scripts ``CharacterClass`` knows (`0-9`, `٠-٩`, `۰-۹`).
        case digits
        /// Letters and marks: an Arabic or Latin word, or a clitic glued to digits (`و` in `و31`).
        case word
        /// Any other character: punctuation, a symbol, a separator (`%`, `$`, `/`, `٫`).
        case symbol
    }

    /// What lies between a lexeme and the one before it.
    enum Gap: UInt8 {
        /// Nothing: the two touch (`2017م`, `$5`, `3.5`).
        case none
        /// Spaces or tabs on one line.
        case space
        /// At least one line break; no mention spans it.
        case lineBreak
    }

    var kind: Kind
    var gap: Gap
    var start: Int
    var end: Int
}

/// The lexemes of a document, kept by a worker between documents so that
/// their buffer is allocated once (see ``NumberFinder/process(_:context:)``).
final class LexemeBuffer {
    var lexemes: [Lexeme] = []
}

/// What the sentence rules know about a language's writing: its abbreviations,
/// and what its sentences look like around a full stop.
struct SentenceConventions: Sendable {
    /// Abbreviations whose full stop does not end a sentence.
    var abbreviations = AbbreviationList()
    /// Words that usually open a sentence; see ``InitialRule``.
    var sentenceStarters = WordSet()
    /// Spelled-out letters that make up acronyms (`بي. بي. سي`); see ``InitialRule``.
    var letterNames = WordSet()
    /// Letter names that are also common words; they continue an acronym only when a full stop follows them too.
    var ambiguousLetterNames = WordSet()
    /// Whether to add boundaries ICU misses in text with careless casing or spacing
    /// (``LowercaseStartRule``, ``MissingSpaceRule``): only for cased scripts.
    var findsMissedBoundaries = false

    /// No built-in knowledge: the rules that need none (numbers, ellipses, closing punctuation), and the user's abbreviations.
    static let generic = SentenceConventions()

    /// The conventions for a language code (`ar`, `en`, `en_US`, `en@ss=standard`);
    /// with no language, English and Arabic together. The user's abbreviations are added to each.
    static func forLanguage(_ code: String, adding user: AbbreviationList) -> SentenceConventions {
        var conventions: SentenceConventions
        switch language(ofLocale: code) {
        case "en": conventions = .english
        case "ar": conventions = .arabic
        case "": conventions = .english.combined(with: .arabic)
        default: conventions = .generic
        }
        conventions.abbreviations = conventions.abbreviations.merging(user)
        return conventions
    }

    /// The language part of a locale, lowercased: `en` for `en_US` and `en@ss=standard`.
    static func language(ofLocale locale: String) -> String {
        var language = ""
        for byte in locale.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): language.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): language.unicodeScalars.append(Unicode.Scalar(byte + 0x20))
            default: return language
            }
        }
        return language
    }

    /// Both languages' knowledge, for text whose language is not known.
    func combined(with other: SentenceConventions) -> SentenceConventions {
        SentenceConventions(
            abbreviations: abbreviations.merging(other.abbreviations),
            sentenceStarters: sentenceStarters.merging(other.sentenceStarters),
            letterNames: letterNames.merging(other.letterNames),
            ambiguousLetterNames: ambiguousLetterNames.merging(other.ambiguousLetterNames),
            findsMissedBoundaries: findsMissedBoundaries || other.findsMissedBoundaries
        )
    }
}

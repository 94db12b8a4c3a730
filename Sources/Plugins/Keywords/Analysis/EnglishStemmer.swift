/// English words reduced for grouping only: possessive `'s` and plural endings, after
/// Harman's "S" stemmer (`-sses`, `-xes`, `-ches`, `-shes` lose `es`), so `attacks` and
/// `attack`, `policies` and `policy`, `processes` and `process` are one term.
enum EnglishStemmer {
    /// The built-in stop words as lower-case UTF-16 units.
    static let stopWords = InternTable(StopWordTable.listedWords(EnglishStopWords.words).map(Array.init))

    /// Adjectives that may begin a keyphrase but not end one, as lower-case UTF-16 units.
    static let modifiers = InternTable(
        StopWordTable.listedWords(EnglishStopWords.modifiers).map(Array.init))

    /// The grouping form of a lower-case word.
    static func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        guard word.count > 3, word.hasSuffix("s") else { return word }
        if word.hasSuffix("ies") && !word.hasSuffix("eies") && !word.hasSuffix("aies") {
            return String(word.dropLast(3)) + "y"
        }
        if ["sses", "xes", "ches", "shes", "zzes"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("us") || word.hasSuffix("ss") || word.hasSuffix("is") { return word }
        return String(word.dropLast(1))
    }

    private static let adverbEndings = [
        "ally", "ously", "ively", "ently", "antly", "ably", "ibly", "fully", "lessly", "edly", "ingly", "arly", "arily",
        "ately", "ely", "ctly", "idly", "ckly", "ssly", "htly", "ptly",
    ]

    /// Whether a lower-case word looks like an adverb (`rapidly`, `previously`; not `family`).
    static func isAdverb(_ word: String) -> Bool {
        word.count > 5 && adverbEndings.contains(where: word.hasSuffix)
    }

    /// Whether a lower-case word looks like a past participle (`reduced`, `proposed`; not `speed`, `bed`).
    static func isPastParticiple(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed")
    }
}

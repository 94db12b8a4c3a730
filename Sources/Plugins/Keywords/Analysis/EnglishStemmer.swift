/// English words reduced for grouping only: possessive `'s` and plural endings, after
/// Harman's "S" stemmer (`-sses`, `-xes`, `-ches`, `-shes` lose `es`), so `attacks` and
/// `attack`, `policies` and `policy`, `processes` and `process` are one term.
enum EnglishStemmer {
    /// The built-in stop words as lower-case UTF-16 units.
    static let stopWords: Set<[UInt16]> = Set(
        EnglishStopWords.words.split(whereSeparator: \.isWhitespace).map { Array($0.utf16) })

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
}

/// Arabic proclitics on folded words: which leading letters to strip, and the stop-word test through them.
///
/// A word may start with a conjunction (`و`, `ف`), then a preposition (`ب`, `ك`,
/// `ل`), then the article `ال`; `ل` followed by the article is written `لل`.
enum ArabicClitics {
    /// Where a word's term and its display text start, in folded units.
    struct Strip {
        var keyStart: Int
        var displayStart: Int
        /// The display text needs the article's alef back (`للجزائر` shows as `الجزائر`).
        var restoresAlef = false
        /// The word has the article.
        var isDefinite = false

        /// Whether a conjunction or preposition was stripped: the word opens a new phrase as `and` or `for` would.
        var hasProclitic: Bool { displayStart > 0 || restoresAlef }
    }

    /// The built-in stop words, folded, with every pronoun form of ``ArabicStopWords/pronounHosts``.
    static let stopWords: Set<[UInt16]> = {
        var words = Set(ArabicStopWords.words.split(whereSeparator: \.isWhitespace).map { fold(String($0)) })
        for host in ArabicStopWords.pronounHosts.split(whereSeparator: \.isWhitespace) {
            for suffix in ArabicStopWords.pronounSuffixes {
                words.insert(fold(String(host)) + fold(suffix))
            }
        }
        return words
    }()

    private static func fold(_ word: String) -> [UInt16] {
        var units: [UInt16] = []
        var origins: [Int] = []
        ArabicFolding.fold(Array(word.utf16), into: &units, origins: &origins)
        return units
    }

    @inline(__always)
    static func isConjunction(_ unit: UInt16) -> Bool { unit == ArabicFolding.waw || unit == ArabicFolding.feh }

    @inline(__always)
    static func isPreposition(_ unit: UInt16) -> Bool {
        unit == ArabicFolding.beh || unit == ArabicFolding.kaf || unit == ArabicFolding.lam
    }

    /// Whether the word, or the word without a leading conjunction and/or preposition, is in `stopWords`.
    static func isStopWord(_ units: [UInt16], stopWords: Set<[UInt16]>) -> Bool {
        if stopWords.isEmpty { return false }
        if stopWords.contains(units) { return true }
        var start = 0
        if units.count > 2 && isConjunction(units[0]) {
            start = 1
            if stopWords.contains(Array(units[1...])) { return true }
        }
        if units.count > start + 2 && isPreposition(units[start]) {
            if stopWords.contains(Array(units[(start + 1)...])) { return true }
            if start == 1 && stopWords.contains(Array(units[2...])) { return true }
        }
        return false
    }

    /// The strip that the article proves: `ال`, `وال`, `بال`, `وبال`, `لل`, `ولل`…, leaving at least two letters.
    static func articleStrip(_ units: [UInt16]) -> Strip? {
        let count = units.count
        let lam = ArabicFolding.lam
        for conjunction in [1, 0] where conjunction == 0 || (count > 1 && isConjunction(units[0])) {
            let p = conjunction
            if count - p >= 4 && units[p] == lam && units[p + 1] == lam {
                return Strip(keyStart: p + 2, displayStart: p + 1, restoresAlef: true, isDefinite: true)
            }
            for preposition in [1, 0]
            where preposition == 0 || (count > p + 1 && isPreposition(units[p]) && units[p] != lam) {
                let q = p + preposition
                if count - q >= 4 && units[q] == ArabicFolding.alef && units[q + 1] == lam {
                    return Strip(keyStart: q + 2, displayStart: q, isDefinite: true)
                }
            }
        }
        return nil
    }

    /// The longest conjunction and/or preposition strip whose rest (three letters or more) occurs as a word or stem.
    static func cliticStrip(_ units: [UInt16], attested: Set<ArraySlice<UInt16>>) -> Strip? {
        let count = units.count
        guard count >= 4 else { return nil }
        var lengths: [Int] = []
        if isConjunction(units[0]) {
            if isPreposition(units[1]) { lengths.append(2) }
            lengths.append(1)
        } else if isPreposition(units[0]) {
            lengths.append(1)
        }
        for length in lengths where count - length >= 3 && attested.contains(units[length...]) {
            return Strip(keyStart: length, displayStart: length)
        }
        return nil
    }

    /// The stem with a feminine or plural nisba ending (`ية`, `يين`, `يون`) reduced to `ي`
    /// when that form occurs too (`جزائرية` → `جزائري`).
    static func mergedNisba(_ stem: ArraySlice<UInt16>, attested: Set<ArraySlice<UInt16>>) -> ArraySlice<UInt16> {
        let yeh = ArabicFolding.yeh
        guard stem.count >= 5 else { return stem }
        let last = stem[stem.endIndex - 1]
        let beforeLast = stem[stem.endIndex - 2]
        var drop = 0
        if last == ArabicFolding.heh && beforeLast == yeh {
            drop = 1
        } else if last == ArabicFolding.noon && (beforeLast == yeh || beforeLast == ArabicFolding.waw)
            && stem[stem.endIndex - 3] == yeh
        {
            drop = 2
        }
        guard drop > 0 else { return stem }
        let reduced = stem.dropLast(drop)
        return attested.contains(reduced) ? reduced : stem
    }
}

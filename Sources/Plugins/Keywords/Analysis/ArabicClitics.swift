/// Arabic proclitics on folded words: which leading letters to strip, and the stop-word test through them.
///
/// A word may start with a conjunction (`و`, `ف`), then a preposition (`ب`, `ك`,
/// `ل`), then the article `ال`; `ل` followed by the article is written `لل`.
/// Offsets here count folded units from the start of the word.
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
    static let stopWords: InternTable = {
        var words = ArabicStopWords.words.split(whereSeparator: \.isWhitespace).map { fold(String($0)) }
        for host in ArabicStopWords.pronounHosts.split(whereSeparator: \.isWhitespace) {
            for suffix in ArabicStopWords.pronounSuffixes {
                words.append(fold(String(host)) + fold(suffix))
            }
        }
        return InternTable(words)
    }()

    private static func fold(_ word: String) -> [UInt16] {
        var units: [UInt16] = []
        ArabicFolding.fold(word.utf16, into: &units)
        return units
    }

    @inline(__always)
    static func isConjunction(_ unit: UInt16) -> Bool { unit == ArabicFolding.waw || unit == ArabicFolding.feh }

    @inline(__always)
    static func isPreposition(_ unit: UInt16) -> Bool {
        unit == ArabicFolding.beh || unit == ArabicFolding.kaf || unit == ArabicFolding.lam
    }

    /// Whether the word, or the word without a leading conjunction and/or preposition, is in `stopWords`.
    static func isStopWord(_ word: ArraySlice<UInt16>, stopWords: InternTable) -> Bool {
        if stopWords.count == 0 { return false }
        if stopWords.contains(word) { return true }
        var start = word.startIndex
        if word.count > 2 && isConjunction(word[start]) {
            start += 1
            if stopWords.contains(word[start...]) { return true }
        }
        return word.endIndex - start > 2 && isPreposition(word[start]) && stopWords.contains(word[(start + 1)...])
    }

    /// The strip that the article proves: `ال`, `وال`, `بال`, `وبال`, `لل`, `ولل`…, leaving at least two letters.
    static func articleStrip(_ word: ArraySlice<UInt16>) -> Strip? {
        let count = word.count
        let lam = ArabicFolding.lam
        func unit(_ offset: Int) -> UInt16 { word[word.startIndex + offset] }
        for conjunction in (0...1).reversed() where conjunction == 0 || (count > 1 && isConjunction(unit(0))) {
            let p = conjunction
            if count - p >= 4 && unit(p) == lam && unit(p + 1) == lam {
                return Strip(keyStart: p + 2, displayStart: p + 1, restoresAlef: true, isDefinite: true)
            }
            for preposition in (0...1).reversed()
            where preposition == 0 || (count > p + 1 && isPreposition(unit(p)) && unit(p) != lam) {
                let q = p + preposition
                if count - q >= 4 && unit(q) == ArabicFolding.alef && unit(q + 1) == lam {
                    return Strip(keyStart: q + 2, displayStart: q, isDefinite: true)
                }
            }
        }
        return nil
    }

    /// The longest conjunction and/or preposition strip whose rest (three letters or more) occurs as a word or stem.
    static func cliticStrip(_ word: ArraySlice<UInt16>, attested: InternTable) -> Strip? {
        let first = word.startIndex
        guard word.count >= 4 else { return nil }
        let longest: Int
        if isConjunction(word[first]) {
            longest = isPreposition(word[first + 1]) ? 2 : 1
        } else if isPreposition(word[first]) {
            longest = 1
        } else {
            return nil
        }
        for length in stride(from: longest, through: 1, by: -1)
        where word.count - length >= 3 && attested.contains(word[(first + length)...]) {
            return Strip(keyStart: length, displayStart: length)
        }
        return nil
    }

    /// Whether a word that starts with `و` and is not known as a stem with that `و` (`الوزير` makes
    /// `وزير` known) most likely carries the conjunction, even when the rest is not attested (`وثامر`).
    static func startsWithConjunction(_ word: ArraySlice<UInt16>, isKnownStem: (ArraySlice<UInt16>) -> Bool) -> Bool {
        word.count >= 4 && word[word.startIndex] == ArabicFolding.waw && !isKnownStem(word)
    }

    /// The stem with a feminine or plural nisba ending (`ية`, `يين`, `يون`) reduced to `ي`
    /// when that form occurs too (`جزائرية` → `جزائري`).
    static func mergedNisba(_ stem: ArraySlice<UInt16>, attested: InternTable) -> ArraySlice<UInt16> {
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

/// Arabic proclitics on folded words: which leading letters to strip, and the stop words' forms with them.
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
    static let stopWords: StopWordTable = {
        var words = StopWordTable.listedWords(ArabicStopWords.words).map(ArabicFolding.fold)
        for host in StopWordTable.listedWords(ArabicStopWords.pronounHosts) {
            for suffix in ArabicStopWords.pronounSuffixes {
                words.append(ArabicFolding.fold(host) + ArabicFolding.fold(suffix))
            }
        }
        return StopWordTable(words)
    }()

    @inline(__always)
    static func isConjunction(_ unit: UInt16) -> Bool { unit == ArabicFolding.waw || unit == ArabicFolding.feh }

    @inline(__always)
    static func isPreposition(_ unit: UInt16) -> Bool {
        unit == ArabicFolding.beh || unit == ArabicFolding.kaf || unit == ArabicFolding.lam
    }

    /// The strip that the article proves: `ال`, `وال`, `بال`, `وبال`, `لل`, `ولل`…, leaving at least two letters.
    static func articleStrip(_ word: UnsafeBufferPointer<UInt16>) -> Strip? {
        let count = word.count
        let lam = ArabicFolding.lam
        for conjunction in (0...1).reversed() where conjunction == 0 || (count > 1 && isConjunction(word[0])) {
            let p = conjunction
            if count - p >= 4 && word[p] == lam && word[p + 1] == lam {
                return Strip(keyStart: p + 2, displayStart: p + 1, restoresAlef: true, isDefinite: true)
            }
            for preposition in (0...1).reversed()
            where preposition == 0 || (count > p + 1 && isPreposition(word[p]) && word[p] != lam) {
                let q = p + preposition
                if count - q >= 4 && word[q] == ArabicFolding.alef && word[q + 1] == lam {
                    return Strip(keyStart: q + 2, displayStart: q, isDefinite: true)
                }
            }
        }
        return nil
    }

    /// The longest conjunction and/or preposition strip whose rest (three letters or more) occurs as a word or
    /// stem, with the rest's index from `attested`.
    static func cliticStrip(
        _ word: UnsafeBufferPointer<UInt16>, attested: (UnsafeBufferPointer<UInt16>) -> Int?
    ) -> (strip: Strip, rest: Int)? {
        guard word.count >= 4 else { return nil }
        let longest: Int
        if isConjunction(word[0]) {
            longest = isPreposition(word[1]) ? 2 : 1
        } else if isPreposition(word[0]) {
            longest = 1
        } else {
            return nil
        }
        for length in stride(from: longest, through: 1, by: -1) where word.count - length >= 3 {
            if let rest = attested(UnsafeBufferPointer(rebasing: word[length...])) {
                return (Strip(keyStart: length, displayStart: length), rest)
            }
        }
        return nil
    }

    /// Whether a word that starts with `و` and is not known as a stem with that `و` (`الوزير` makes
    /// `وزير` known) most likely carries the conjunction, even when the rest is not attested (`وثامر`).
    static func startsWithConjunction(_ word: UnsafeBufferPointer<UInt16>, isKnownStem: Bool) -> Bool {
        word.count >= 4 && word[0] == ArabicFolding.waw && !isKnownStem
    }

    /// The index from `attested` of the stem with a feminine or plural nisba ending (`ية`, `يين`, `يون`)
    /// reduced to `ي`, when that form occurs too (`جزائرية` → `جزائري`); `nil` when it does not.
    static func mergedNisba(
        _ stem: UnsafeBufferPointer<UInt16>, attested: (UnsafeBufferPointer<UInt16>) -> Int?
    ) -> Int? {
        let yeh = ArabicFolding.yeh
        let count = stem.count
        guard count >= 5 else { return nil }
        let last = stem[count - 1]
        let beforeLast = stem[count - 2]
        var drop = 0
        if last == ArabicFolding.heh && beforeLast == yeh {
            drop = 1
        } else if last == ArabicFolding.noon && (beforeLast == yeh || beforeLast == ArabicFolding.waw)
            && stem[count - 3] == yeh
        {
            drop = 2
        }
        guard drop > 0 else { return nil }
        return attested(UnsafeBufferPointer(rebasing: stem[..<(count - drop)]))
    }
}

/// The languages whose word rules (stop words, folding, clitics, suffixes) the keyword stage knows.
public enum KeywordLanguage: String, Sendable, CaseIterable {
    /// The document's language when it is Arabic or English; otherwise both rule sets, each word by its script.
    case auto
    case ar
    case en
}

/// What keyword extraction needs to know about one distinct surface form of a word.
struct WordForm {
    enum Casing {
        /// The script has no case (Arabic), or the word has no letters.
        case uncased
        case lower
        /// An upper-case first letter: a name, or a word that starts a sentence.
        case capitalized
        /// Two or more letters, all upper case (`NATO`, `DNA`).
        case acronym
    }

    /// The normalized form that groups occurrences: the word's term.
    var key: String
    /// Whether the word is a stop word: it never begins or ends a keyphrase.
    var isStop: Bool
    /// Whether the word may begin / end a keyphrase: not a stop word, and for English
    /// not an adverb (`-ly`); a past participle (`-ed`) may begin one but not end it.
    var canBegin: Bool
    var canEnd: Bool
    /// Leading UTF-16 units of the surface form the display text leaves out: a conjunction or preposition.
    var displayDrop: Int
    /// Whether the display text puts back the alef of the article that `لل` elides (`للجزائر` → `الجزائر`).
    var restoresAlef: Bool
    /// Whether the word carries a conjunction or preposition (`و`, `ف`, `ب`, `ك`, `ل`): like `and` or `for`,
    /// it ends any keyphrase before it.
    var opensPhrase = false
    /// Whether the word has the Arabic article.
    var isDefinite = false
    var casing: Casing
}

/// Turns a document's distinct word forms into terms: folded, stripped of clitics
/// or plural endings, and marked as stop words.
///
/// Arabic words are folded (``ArabicFolding``); a leading conjunction `و`/`ف`,
/// preposition `ب`/`ك`/`ل` and the article `ال` (or `لل`) are stripped when the
/// article shows the prefix is a clitic, or when the rest of the word occurs on
/// its own in the same document (so `فرنسا` keeps its `ف` but `ومالي` is `مالي`).
/// Nisba endings merge likewise (`الجزائرية` with `الجزائري`). Latin words are
/// case folded and lose a plural `s` (`attacks` → `attack`).
struct WordAnalyzer: Sendable {
    var arabicRules: Bool
    var englishRules: Bool
    /// Extra stop words, folded the way the rules fold words.
    var extraStopWords: Set<[UInt16]>

    init(languages: Set<KeywordLanguage>, extraStopWords: Set<[UInt16]>) {
        arabicRules = languages.contains(.ar)
        englishRules = languages.contains(.en)
        self.extraStopWords = extraStopWords
    }

    /// Stop words folded for matching: Arabic letters folded, everything lower-cased.
    static func foldedStopWords(_ words: [String]) -> Set<[UInt16]> {
        Set(words.map { word in
            var output: [UInt16] = []
            var origins: [Int] = []
            ArabicFolding.fold(Array(word.lowercased().utf16), into: &output, origins: &origins)
            return output.map { $0 == 0x2019 ? 0x27 : $0 }
        })
    }

    /// The analysis of every form in the table, by form index.
    func analyze(_ forms: FormTable) -> [WordForm] {
        var folded: [FoldedArabic?] = []
        folded.reserveCapacity(forms.count)
        var attested = Set<ArraySlice<UInt16>>()
        for index in 0..<forms.count {
            let form = forms[index]
            guard form.contains(where: ArabicFolding.isArabic) else {
                folded.append(nil)
                continue
            }
            var word = FoldedArabic()
            ArabicFolding.fold(form, into: &word.units, origins: &word.origins)
            word.origins.append(form.count)
            if arabicRules {
                attested.insert(word.units[...])
                if let strip = ArabicClitics.articleStrip(word.units) {
                    attested.insert(word.units[strip.keyStart...])
                }
            }
            folded.append(word)
        }
        return (0..<forms.count).map { index in
            if let word = folded[index] {
                return arabicForm(word, attested: attested)
            }
            return otherForm(forms[index])
        }
    }

    private func arabicForm(_ word: FoldedArabic, attested: Set<ArraySlice<UInt16>>) -> WordForm {
        let units = word.units
        guard arabicRules else {
            return WordForm(
                key: String(decoding: units, as: UTF16.self), isStop: units.count < 2 || extraStopWords.contains(units),
                canBegin: !(units.count < 2 || extraStopWords.contains(units)),
                canEnd: !(units.count < 2 || extraStopWords.contains(units)), displayDrop: 0, restoresAlef: false,
                casing: .uncased)
        }
        let strip = ArabicClitics.articleStrip(units) ?? ArabicClitics.cliticStrip(units, attested: attested)
        var stem = units[(strip?.keyStart ?? 0)...]
        stem = ArabicClitics.mergedNisba(stem, attested: attested)
        // A stop word with its clitics, or a listed noun with the article (`المصدر`, `والمصدر`).
        let isStop = units.count < 2 || ArabicClitics.isStopWord(units, stopWords: ArabicClitics.stopWords)
            || ArabicClitics.isStopWord(units, stopWords: extraStopWords)
            || ArabicClitics.stopWords.contains(Array(stem)) || extraStopWords.contains(Array(stem))
        return WordForm(
            key: String(decoding: stem, as: UTF16.self), isStop: isStop, canBegin: !isStop, canEnd: !isStop,
            displayDrop: word.origins[strip?.displayStart ?? 0], restoresAlef: strip?.restoresAlef ?? false,
            opensPhrase: strip?.hasProclitic ?? false, isDefinite: strip?.isDefinite ?? false, casing: .uncased)
    }

    private func otherForm(_ form: ArraySlice<UInt16>) -> WordForm {
        let surface = String(decoding: form, as: UTF16.self)
        var lower = surface.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let lowerUnits = Array(lower.utf16)
        var isStop = extraStopWords.contains(lowerUnits) || surface.unicodeScalars.count < 2
        var canBegin = true
        var canEnd = true
        if englishRules {
            isStop = isStop || EnglishStemmer.stopWords.contains(lowerUnits)
            canBegin = !EnglishStemmer.isAdverb(lower)
            canEnd = canBegin && !EnglishStemmer.isPastParticiple(lower) && !EnglishStemmer.modifiers.contains(lowerUnits)
            lower = EnglishStemmer.stem(lower)
        }
        return WordForm(
            key: lower, isStop: isStop, canBegin: canBegin && !isStop, canEnd: canEnd && !isStop, displayDrop: 0,
            restoresAlef: false, casing: Self.casing(of: surface))
    }

    private static func casing(of word: String) -> WordForm.Casing {
        var letters = 0
        var upper = 0
        var firstIsUpper = false
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            let isUpper = scalar.properties.isUppercase
            if letters == 0 { firstIsUpper = isUpper }
            letters += 1
            if isUpper { upper += 1 }
            else if !scalar.properties.isLowercase && letters == 1 { return .uncased }
        }
        if letters == 0 { return .uncased }
        if upper == letters && letters >= 2 { return .acronym }
        return firstIsUpper ? .capitalized : .lower
    }
}

/// An Arabic word's folded units, and for each the index of the surface unit it came from.
private struct FoldedArabic {
    var units: [UInt16] = []
    /// One more entry than `units`: the surface length, for a strip that keeps nothing.
    var origins: [Int] = []
}

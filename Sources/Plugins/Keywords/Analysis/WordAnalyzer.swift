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

    /// The word's term: the index of its normalized form in the analysis's key table.
    var term: Int32
    /// Whether the word is a stop word: it never begins, ends or sits inside a keyphrase.
    var isStop: Bool
    /// Whether the word may begin / end a keyphrase: not a stop word, and for English
    /// not an adverb (`-ly`); a past participle (`-ed`) or a modifier (`new`) may begin one but not end it.
    var canBegin: Bool
    var canEnd: Bool
    /// Leading UTF-16 units of the surface form the display text leaves out: a conjunction or preposition.
    var displayDrop = 0
    /// Whether the display text puts back the alef of the article that `لل` elides (`للجزائر` → `الجزائر`).
    var restoresAlef = false
    /// Whether the word carries a conjunction or preposition (`و`, `ف`, `ب`, `ك`, `ل`): like `and` or `for`,
    /// it ends any keyphrase before it.
    var opensPhrase = false
    /// Whether the word has the Arabic article.
    var isDefinite = false
    var casing: Casing = .uncased
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
    var extraStopWords: InternTable

    init(languages: Set<KeywordLanguage>, extraStopWords: InternTable) {
        arabicRules = languages.contains(.ar)
        englishRules = languages.contains(.en)
        self.extraStopWords = extraStopWords
    }

    /// Stop words folded for matching: Arabic letters folded, everything lower-cased; a word also
    /// stands for its stem, so `الجزائر` stops `للجزائر` and `barrier` stops `barriers`.
    static func foldedStopWords(_ words: [String]) -> InternTable {
        var folded: [[UInt16]] = []
        for word in words {
            var output: [UInt16] = []
            ArabicFolding.fold(word.lowercased().utf16, into: &output)
            output = output.map { $0 == 0x2019 ? 0x27 : $0 }
            folded.append(output)
            if let strip = ArabicClitics.articleStrip(output[...]) { folded.append(Array(output[strip.keyStart...])) }
            folded.append(Array(EnglishStemmer.stem(String(decoding: output, as: UTF16.self)).utf16))
        }
        return InternTable(folded)
    }

    /// The analysis of every form in `forms`, by form index, and the table of term keys.
    func analyze(_ forms: InternTable) -> (forms: [WordForm], keys: InternTable) {
        // Every Arabic form folded, back to back; `nil` for the other forms.
        var folded: [UInt16] = []
        folded.reserveCapacity(forms.unitCount)
        var foldedRanges = [Range<Int>?](repeating: nil, count: forms.count)
        // Folded words and their stems without the article, with which of them are such stems.
        var attested = InternTable(capacity: arabicRules ? forms.count * 2 : 0)
        var attestedIsStem: [Bool] = []
        attestedIsStem.reserveCapacity(arabicRules ? forms.count * 2 : 0)
        var articleStrips = [ArabicClitics.Strip?](repeating: nil, count: arabicRules ? forms.count : 0)
        for index in 0..<forms.count {
            let start = folded.count
            let isArabic = forms.withUnits(index) { form in
                guard form.contains(where: ArabicFolding.isArabic) else { return false }
                ArabicFolding.fold(form, into: &folded)
                return true
            }
            guard isArabic else { continue }
            foldedRanges[index] = start..<folded.count
            if arabicRules {
                let word = folded[start...]
                if attested.intern(word) == attestedIsStem.count { attestedIsStem.append(false) }
                if let strip = ArabicClitics.articleStrip(word) {
                    articleStrips[index] = strip
                    let stem = attested.intern(word.dropFirst(strip.keyStart))
                    if stem == attestedIsStem.count { attestedIsStem.append(false) }
                    attestedIsStem[stem] = true
                }
            }
        }
        var keys = InternTable(capacity: forms.count)
        var analyses: [WordForm] = []
        analyses.reserveCapacity(forms.count)
        let builtInStopWords = ArabicClitics.stopWords
        for index in 0..<forms.count {
            if let range = foldedRanges[index] {
                var analysis = arabicForm(
                    folded[range], articleStrip: arabicRules ? articleStrips[index] : nil, attested: attested,
                    attestedIsStem: attestedIsStem, builtInStopWords: builtInStopWords, keys: &keys)
                analysis.displayDrop = forms.withUnits(index) {
                    ArabicFolding.surfaceOffset(ofFolded: analysis.displayDrop, in: $0)
                }
                analyses.append(analysis)
            } else {
                analyses.append(otherForm(forms[index], keys: &keys))
            }
        }
        return (analyses, keys)
    }

    /// The analysis of a folded Arabic word, given its ``ArabicClitics/articleStrip(_:)``; its `displayDrop`
    /// counts folded units, not surface ones.
    private func arabicForm(
        _ word: ArraySlice<UInt16>, articleStrip: ArabicClitics.Strip?, attested: InternTable, attestedIsStem: [Bool],
        builtInStopWords: InternTable, keys: inout InternTable
    ) -> WordForm {
        guard arabicRules else {
            let isStop = word.count < 2 || extraStopWords.contains(word)
            return WordForm(term: Int32(keys.intern(word)), isStop: isStop, canBegin: !isStop, canEnd: !isStop)
        }
        let strip = articleStrip ?? ArabicClitics.cliticStrip(word, attested: attested)
        let stem = ArabicClitics.mergedNisba(word.dropFirst(strip?.keyStart ?? 0), attested: attested)
        // A stop word with its clitics, or a listed noun with the article (`المصدر`, `والمصدر`).
        // (The stem needs a look-up of its own only when it differs from the word.)
        let isStop = word.count < 2 || ArabicClitics.isStopWord(word, stopWords: builtInStopWords)
            || ArabicClitics.isStopWord(word, stopWords: extraStopWords)
            || (stem.count != word.count
                && (builtInStopWords.contains(stem) || (extraStopWords.count > 0 && extraStopWords.contains(stem))))
        let opensPhrase = strip?.hasProclitic
            ?? ArabicClitics.startsWithConjunction(word) { word in
                word.withUnsafeBufferPointer { attested.index(of: $0) }.map { attestedIsStem[$0] } ?? false
            }
        return WordForm(
            term: Int32(keys.intern(stem)), isStop: isStop, canBegin: !isStop, canEnd: !isStop,
            displayDrop: strip?.displayStart ?? 0, restoresAlef: strip?.restoresAlef ?? false,
            opensPhrase: opensPhrase, isDefinite: strip?.isDefinite ?? false)
    }

    private func otherForm(_ form: ArraySlice<UInt16>, keys: inout InternTable) -> WordForm {
        // ASCII digits have no case, plural or adverb ending: the key is the form itself, made without a String.
        if form.allSatisfy({ (0x30...0x39).contains($0) }) {
            let isStop = form.count < 2 || extraStopWords.contains(form)
                || (englishRules && EnglishStemmer.stopWords.contains(form))
            let canEnd = !(englishRules && EnglishStemmer.modifiers.contains(form))
            return WordForm(
                term: Int32(keys.intern(form)), isStop: isStop, canBegin: !isStop, canEnd: canEnd && !isStop,
                casing: .uncased)
        }
        let surface = String(decoding: form, as: UTF16.self)
        var lower = surface.lowercased()
        if lower.utf16.contains(0x2019) { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
        let lowerUnits = Array(lower.utf16)[...]
        var isStop = extraStopWords.contains(lowerUnits) || surface.unicodeScalars.count < 2
        var canBegin = true
        var canEnd = true
        if englishRules {
            isStop = isStop || EnglishStemmer.stopWords.contains(lowerUnits)
            canBegin = !EnglishStemmer.isAdverb(lower)
            canEnd = canBegin && !EnglishStemmer.isPastParticiple(lower) && !EnglishStemmer.modifiers.contains(lowerUnits)
            lower = EnglishStemmer.stem(lower)
        }
        let key = Array(lower.utf16)[...]
        isStop = isStop || extraStopWords.contains(key)
        return WordForm(
            term: Int32(keys.intern(key)), isStop: isStop, canBegin: canBegin && !isStop,
            canEnd: canEnd && !isStop, casing: Self.casing(of: surface))
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

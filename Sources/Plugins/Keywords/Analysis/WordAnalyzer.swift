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
/// case folded and lose a plural `s` (`attacks` → `attack`). What a form is on its
/// own comes from the worker's ``WordFormCache``; this decides what the document makes of it.
struct WordAnalyzer: Sendable {
    var arabicRules: Bool
    var englishRules: Bool

    init(languages: Set<KeywordLanguage>) {
        arabicRules = languages.contains(.ar)
        englishRules = languages.contains(.en)
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

    /// The analysis of every form of the document that `cache` reads (``WordFormCache/documentForms``),
    /// by form, and the key of every term.
    func analyze(_ cache: inout WordFormCache) -> (forms: [WordForm], keys: TermKeys) {
        let surfaces = cache.documentForms
        if arabicRules {
            // Folded words and their stems without the article: what a clitic strip or a nisba may reduce to.
            for surface in surfaces {
                let word = cache.surface(surface).folded
                guard word >= 0 else { continue }
                cache.attest(word)
                let entry = cache.arabicWord(word)
                if entry.article != nil { cache.attest(entry.articleStem, isArticleStem: true) }
            }
        }
        var analyses: [WordForm] = []
        analyses.reserveCapacity(surfaces.count)
        for surface in surfaces {
            let entry = cache.surface(surface)
            var analysis: WordForm
            if entry.folded >= 0 {
                analysis = arabicForm(entry.folded, cache: &cache)
                analysis.displayDrop = entry.surfaceOffset(ofFolded: analysis.displayDrop)
            } else {
                analysis = cache.otherForm(surface, englishRules: englishRules)
            }
            analysis.term = cache.term(ofKey: analysis.term)
            analyses.append(analysis)
        }
        return (analyses, cache.documentKeys())
    }

    /// The analysis of a folded Arabic word; its `term` is the string of its key, and its `displayDrop`
    /// counts folded units, not surface ones.
    private func arabicForm(_ word: Int32, cache: inout WordFormCache) -> WordForm {
        let entry = cache.arabicWord(word)
        let length = cache.length(word)
        guard arabicRules else {
            let isStop = length < 2 || entry.isAddedStop
            return WordForm(term: word, isStop: isStop, canBegin: !isStop, canEnd: !isStop)
        }
        var strip = entry.article
        var stem = strip == nil ? word : entry.articleStem
        if strip == nil {
            // The longest conjunction and/or preposition strip whose rest occurs as a word or stem.
            if entry.rests.1 >= 0 && cache.isAttested(entry.rests.1) {
                strip = ArabicClitics.Strip(keyStart: 2, displayStart: 2)
                stem = entry.rests.1
            } else if entry.rests.0 >= 0 && cache.isAttested(entry.rests.0) {
                strip = ArabicClitics.Strip(keyStart: 1, displayStart: 1)
                stem = entry.rests.0
            }
        }
        let nisbaBase = cache.stem(stem).nisbaBase
        if nisbaBase >= 0 && cache.isAttested(nisbaBase) { stem = nisbaBase }
        // A stop word with its clitics, or a listed noun with the article (`المصدر`, `والمصدر`).
        let isStop = length < 2 || entry.isStop || (stem != word && cache.stem(stem).isListedStop)
        let opensPhrase = strip?.hasProclitic ?? (entry.mayStartWithConjunction && !cache.isArticleStem(word))
        return WordForm(
            term: stem, isStop: isStop, canBegin: !isStop, canEnd: !isStop,
            displayDrop: strip?.displayStart ?? 0, restoresAlef: strip?.restoresAlef ?? false,
            opensPhrase: opensPhrase, isDefinite: strip?.isDefinite ?? false)
    }

    /// The key and analysis of a form without Arabic (its `term` is left 0).
    static func otherForm(_ form: UnsafeBufferPointer<UInt16>, englishRules: Bool, addedStopWords: InternTable)
        -> (key: [UInt16], form: WordForm)
    {
        let formUnits = Array(form)[...]
        // ASCII digits have no case, plural or adverb ending: the key is the form itself.
        if form.allSatisfy({ (0x30...0x39).contains($0) }) {
            let isStop = form.count < 2 || addedStopWords.contains(formUnits)
                || (englishRules && EnglishStemmer.stopWords.contains(formUnits))
            let canEnd = !(englishRules && EnglishStemmer.modifiers.contains(formUnits))
            return (Array(formUnits), WordForm(
                term: 0, isStop: isStop, canBegin: !isStop, canEnd: canEnd && !isStop, casing: .uncased))
        }
        let surface = String(decoding: form, as: UTF16.self)
        var lower = surface.lowercased()
        if lower.utf16.contains(0x2019) { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
        let lowerUnits = Array(lower.utf16)[...]
        var isStop = addedStopWords.contains(lowerUnits) || surface.unicodeScalars.count < 2
        var canBegin = true
        var canEnd = true
        if englishRules {
            isStop = isStop || EnglishStemmer.stopWords.contains(lowerUnits)
            canBegin = !EnglishStemmer.isAdverb(lower)
            canEnd = canBegin && !EnglishStemmer.isPastParticiple(lower) && !EnglishStemmer.modifiers.contains(lowerUnits)
            lower = EnglishStemmer.stem(lower)
        }
        let key = Array(lower.utf16)
        isStop = isStop || addedStopWords.contains(key[...])
        return (key, WordForm(
            term: 0, isStop: isStop, canBegin: canBegin && !isStop, canEnd: canEnd && !isStop,
            casing: Self.casing(of: surface)))
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

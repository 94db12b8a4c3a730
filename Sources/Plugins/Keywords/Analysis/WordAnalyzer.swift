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
    /// Leading units of the (folded) form that the display text leaves out: a conjunction or preposition.
    var displayDrop = 0
    /// Whether the display text puts back the alef of the article that `لل` elides (`للجزائر` → `الجزائر`).
    var restoresAlef = false
    /// Whether the word carries a conjunction or preposition (`و`, `ف`, `ب`, `ك`, `ل`): like `and` or `for`,
    /// it ends any keyphrase before it.
    var opensPhrase = false
    /// Whether the word has the Arabic article.
    var isDefinite = false
    var casing: Casing = .uncased
    /// Whether the word is an initialism written with full stops (`U.S`, `N.J`), which the key and the display
    /// text leave out, so that `U.S.` is `US`.
    var isDottedInitialism = false
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
    var extraStopWords: StopWordTable

    init(languages: Set<KeywordLanguage>, extraStopWords: StopWordTable) {
        arabicRules = languages.contains(.ar)
        englishRules = languages.contains(.en)
        self.extraStopWords = extraStopWords
    }

    /// Stop words folded for matching: Arabic letters folded, everything lower-cased; a word also
    /// stands for its stem, so `الجزائر` stops `للجزائر` and `barrier` stops `barriers`.
    static func foldedStopWords(_ words: [String]) -> StopWordTable {
        var folded: [[UInt16]] = []
        for word in words {
            let output = ArabicFolding.fold(word.lowercased()).map { $0 == 0x2019 ? 0x27 : $0 }
            folded.append(output)
            if let strip = output.withUnsafeBufferPointer(ArabicClitics.articleStrip) {
                folded.append(Array(output[strip.keyStart...]))
            }
            folded.append(Array(EnglishStemmer.stem(String(decoding: output, as: UTF16.self)).utf16))
        }
        return StopWordTable(folded)
    }

    /// The analysis of every form in `forms`, by form index, and the key of every term.
    ///
    /// The stems and keys join the forms' own table, after the forms: an Arabic form is its own folded word.
    func analyze(_ forms: consuming WordForms) -> (forms: [WordForm], keys: TermKeys) {
        let formCount = forms.count
        let kinds = forms.kinds
        var table = (consume forms).table
        let builtInStopWords = ArabicClitics.stopWords
        // Which strings are the document's Arabic words and, with the Arabic rules, the stems that the
        // article proves: the words and stems that clitic strips and nisba endings are checked against.
        var attestation = [Attestation](count: formCount) { kinds[$0].isArabic ? .word : .none }
        var articleStrips = [ArticleStrip?](repeating: nil, count: arabicRules ? formCount : 0)
        if arabicRules {
            // Each stem is copied here before it joins the table that holds its word: adding it may move the units.
            var scratch = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 32)
            defer { scratch.deallocate() }
            for index in 0..<formCount where kinds[index].isArabic {
                let found = table.withUnits(index) { word -> (strip: ArabicClitics.Strip, stemLength: Int)? in
                    guard let strip = ArabicClitics.articleStrip(word) else { return nil }
                    let stem = word[strip.keyStart...]
                    if scratch.count < stem.count {
                        scratch.deallocate()
                        scratch = .allocate(capacity: 2 * stem.count)
                    }
                    _ = scratch.initialize(fromContentsOf: stem)
                    return (strip, stem.count)
                }
                guard let (strip, stemLength) = found else { continue }
                let stem = table.intern(UnsafeBufferPointer(rebasing: scratch[..<stemLength]))
                if stem == attestation.count { attestation.append(.none) }
                attestation[stem] = .stem
                articleStrips[index] = ArticleStrip(strip: strip, stem: stem)
            }
        }
        let attested = Attested(attestation: attestation)
        // Every Arabic form analysed, with its key, while the table is read only; then the other forms, their
        // keys joining the table; then every term numbered in form order.
        let words = consume table
        var keyEntries = [Int32](repeating: -1, count: formCount)
        var analyses = [WordForm](count: formCount) { index in
            // Other forms are analysed below; this stands in for them until then.
            guard kinds[index].isArabic else { return WordForm(term: -1, isStop: true, canBegin: false, canEnd: false) }
            let (analysis, key) = words.withUnits(index) { word in
                arabicForm(
                    word, entry: index, articleStrip: arabicRules ? articleStrips[index] : nil, words: words,
                    attested: attested, builtInStopWords: builtInStopWords)
            }
            keyEntries[index] = Int32(key)
            return analysis
        }
        // Consumed, so that keys joining the table do not copy it.
        var keyTable = consume words
        for index in 0..<formCount where !kinds[index].isArabic {
            (analyses[index], keyEntries[index]) = otherForm(keyTable[index], table: &keyTable)
        }
        let (keys, terms) = TermKeys.numbering(keyEntries, in: consume keyTable)
        // Through a buffer: an array would check that it is unique at every write.
        analyses.withUnsafeMutableBufferPointer { analyses in
            for index in 0..<formCount {
                analyses[index].term = terms[index]
                // Numbers are never part of a keyphrase, like stop words.
                if kinds[index].isNumber {
                    analyses[index].isStop = true
                    analyses[index].canBegin = false
                    analyses[index].canEnd = false
                }
            }
        }
        return (analyses, keys)
    }

    /// The strip that a form's article proves, with the index of its stem in the table.
    private struct ArticleStrip {
        var strip: ArabicClitics.Strip
        var stem: Int
    }

    /// What a string of the analysis's table is to the clitic and nisba rules.
    private enum Attestation: UInt8 {
        /// A word without Arabic letters, or another word's key.
        case none
        /// An Arabic word of the document.
        case word
        /// A stem that the article proves (and maybe a word too).
        case stem
    }

    /// Which strings of the analysis's table are the document's Arabic words and stems.
    private struct Attested {
        /// Per string of the table before the keys of other words join it.
        var attestation: [Attestation]

        /// The index of `text` in `words`, the analysis's table, when it is a word or stem.
        func find(_ text: UnsafeBufferPointer<UInt16>, in words: InternTable) -> Int? {
            guard let entry = words.index(of: text), entry < attestation.count else { return nil }
            return attestation[entry] == .none ? nil : entry
        }

        func isStem(_ entry: Int) -> Bool { attestation[entry] == .stem }
    }

    /// The analysis of an Arabic form, string `entry` of `words` (the analysis's table), given its article
    /// strip, with its term's key in `words`. (Inlined at its one call, made once per Arabic form.)
    @inline(__always)
    private func arabicForm(
        _ word: UnsafeBufferPointer<UInt16>, entry: Int, articleStrip: ArticleStrip?, words: InternTable,
        attested: Attested, builtInStopWords: StopWordTable
    ) -> (form: WordForm, key: Int) {
        guard arabicRules else {
            let isStop = word.count < 2 || extraStopWords.contains(word)
            return (WordForm(term: 0, isStop: isStop, canBegin: !isStop, canEnd: !isStop), entry)
        }
        var strip = articleStrip?.strip
        var key = articleStrip?.stem ?? entry
        // (The look-ups are closures written at each call: one kept in a constant retained both tables per form.)
        if strip == nil, let clitic = ArabicClitics.cliticStrip(word, attested: { attested.find($0, in: words) }) {
            (strip, key) = (clitic.strip, clitic.rest)
        }
        key = words.withUnits(key) { ArabicClitics.mergedNisba($0, attested: { attested.find($0, in: words) }) } ?? key
        // A stop word with its clitics, or a listed noun with the article (`المصدر`, `والمصدر`). The word and
        // its stem are strings of `words`, whose hashes the stop-word tables take rather than hash them again.
        let wordHash = words.hash(ofString: entry)
        let isStop = word.count < 2 || builtInStopWords.containsWithProclitics(word, hash: wordHash)
            || extraStopWords.containsWithProclitics(word, hash: wordHash)
            || words.withUnits(key) { stem in
                let stemHash = words.hash(ofString: key)
                return stem.count != word.count
                    && (builtInStopWords.contains(stem, hash: stemHash) || extraStopWords.contains(stem, hash: stemHash))
            }
        let opensPhrase = strip?.hasProclitic
            ?? ArabicClitics.startsWithConjunction(word, isKnownStem: attested.isStem(entry))
        let form = WordForm(
            term: 0, isStop: isStop, canBegin: !isStop, canEnd: !isStop,
            displayDrop: strip?.displayStart ?? 0, restoresAlef: strip?.restoresAlef ?? false,
            opensPhrase: opensPhrase, isDefinite: strip?.isDefinite ?? false)
        return (form, key)
    }

    /// The analysis of a form without Arabic units, with its key's index in `table`, which the key joins.
    private func otherForm(_ written: ArraySlice<UInt16>, table: inout InternTable) -> (form: WordForm, key: Int32) {
        let isDottedInitialism = Self.isDottedInitialism(written)
        let form = isDottedInitialism ? written.filter { $0 != 0x2E }[...] : written
        let (word, casing, scalarCount) = Self.lowerCased(form)
        let lowerUnits = word.units[...]
        var isStop = extraStopWords.contains(lowerUnits) || scalarCount < 2
        var canBegin = true
        var canEnd = true
        var key = lowerUnits
        if englishRules {
            // A few stop words written in capitals are acronyms (`US`, `IT`): a term of their own, keyed as written.
            let isAcronymOfStopWord = casing == .acronym && EnglishStemmer.acronymsInCapitals.contains(lowerUnits)
            isStop = isStop || (!isAcronymOfStopWord && EnglishStemmer.stopWords.contains(lowerUnits))
            canBegin = !EnglishStemmer.isAdverb(word)
            canEnd = canBegin && !EnglishStemmer.isPastParticiple(word) && !EnglishStemmer.modifiers.contains(lowerUnits)
            key = isAcronymOfStopWord ? form : EnglishStemmer.stem(word)[...]
        }
        isStop = isStop || extraStopWords.contains(key)
        var analysis = WordForm(
            term: -1, isStop: isStop, canBegin: canBegin && !isStop, canEnd: canEnd && !isStop, casing: casing)
        analysis.isDottedInitialism = isDottedInitialism
        return (analysis, Int32(table.intern(key)))
    }

    /// Whether a form is upper-case ASCII letters each followed by a full stop but the last (`U.S`, `N.J`; the
    /// tokens leave the last full stop out).
    private static func isDottedInitialism(_ form: ArraySlice<UInt16>) -> Bool {
        guard form.count >= 3, form.count % 2 == 1 else { return false }
        for (offset, unit) in form.enumerated() {
            guard offset % 2 == 0 ? (0x41...0x5A).contains(unit) : unit == 0x2E else { return false }
        }
        return true
    }

    /// A form lower-cased, with its casing and how many code points it has.
    typealias LowerCased = (word: EnglishStemmer.Word, casing: WordForm.Casing, scalarCount: Int)

    /// A form lower-cased as `String.lowercased()` does, with `’` written `'`, with the form's casing and
    /// how many code points it has.
    static func lowerCased(_ form: ArraySlice<UInt16>) -> LowerCased {
        form.allSatisfy { $0 < 0x80 } ? asciiLowerCased(form) : unicodeLowerCased(form)
    }

    /// ``lowerCased(_:)`` of an ASCII form (most English words), read unit by unit without making a `String`.
    static func asciiLowerCased(_ form: ArraySlice<UInt16>) -> LowerCased {
        let units = form.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let casing = Self.casing(of: form.lazy.map { Self.letterCase(Unicode.Scalar(UInt8($0))) })
        let word = EnglishStemmer.Word(units: units, characters: EnglishStemmer.Word.characterCount(ascii: form))
        return (word, casing, form.count)
    }

    /// ``lowerCased(_:)`` of any form, through `String`.
    static func unicodeLowerCased(_ form: ArraySlice<UInt16>) -> LowerCased {
        let surface = form.withUnsafeBufferPointer(String.init(utf16Units:))
        var lower = surface.lowercased()
        if lower.utf16.contains(0x2019) { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
        let casing = Self.casing(of: surface.unicodeScalars.lazy.map(Self.letterCase))
        return (EnglishStemmer.Word(lower), casing, surface.unicodeScalars.count)
    }

    /// What a scalar is as a letter: not one, or an upper-case, lower-case or uncased letter.
    enum LetterCase { case none, upper, lower, uncased }

    /// Whether a scalar is a letter (alphabetic), and its case. ASCII is answered without Unicode's
    /// property tables, whose look-ups once made up a third of an English word's analysis.
    static func letterCase(_ scalar: Unicode.Scalar) -> LetterCase {
        switch scalar.value {
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .lower
        case ..<0x80: return .none
        default:
            let properties = scalar.properties
            guard properties.isAlphabetic else { return .none }
            return properties.isUppercase ? .upper : properties.isLowercase ? .lower : .uncased
        }
    }

    /// The casing of a word, from what each of its scalars is as a letter.
    private static func casing(of scalars: some Sequence<LetterCase>) -> WordForm.Casing {
        var letters = 0
        var upper = 0
        var firstIsUpper = false
        for letter in scalars where letter != .none {
            let isUpper = letter == .upper
            if letters == 0 { firstIsUpper = isUpper }
            letters += 1
            if isUpper { upper += 1 }
            else if letter == .uncased && letters == 1 { return .uncased }
        }
        if letters == 0 { return .uncased }
        if upper == letters && letters >= 2 { return .acronym }
        return firstIsUpper ? .capitalized : .lower
    }
}

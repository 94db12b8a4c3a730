/// What the keyword stage knows of word forms whatever the document they occur in.
///
/// Each worker keeps one (in its ``KeywordWorker``), so a form that an earlier document used is not folded, looked up in the stop lists or
/// stripped of its article again: news articles share most of their words.
///
/// It holds two tables: *surface forms* as written, and *strings*: folded Arabic words,
/// the stems they may have, and every term's key. What depends on the document, which
/// strings occur in it (and so which clitics come off) and the numbering of its forms and
/// terms, is kept in ``DocumentNumbering``s that each document starts afresh, so a
/// document's analysis is the same whatever the worker saw before. Once the tables hold
/// ``limit`` surface forms they are emptied before the next document: memory stays bounded.
struct WordFormCache {
    /// What a surface form is on its own.
    struct Surface {
        /// The string of the folded form, or -1 for a form without Arabic.
        var folded: Int32 = -1
        /// Where folded units 0, 1 and 2 are in the surface form: the units the display text
        /// leaves out when it drops that many folded units.
        var surfaceOffsets: (Int32, Int32, Int32) = (0, 0, 0)
        /// The analysis of a form without Arabic, without and with the English rules, made on first use;
        /// its `term` is the string of its key.
        var other: (WordForm?, WordForm?) = (nil, nil)

        /// The surface offset of folded unit `offset` (0, 1 or 2).
        func surfaceOffset(ofFolded offset: Int) -> Int {
            switch offset {
            case 0: Int(surfaceOffsets.0)
            case 1: Int(surfaceOffsets.1)
            default: Int(surfaceOffsets.2)
            }
        }
    }

    /// What a folded Arabic word is on its own.
    struct ArabicWord {
        var article: ArabicClitics.Strip?
        /// The string of the word without the article and what comes before it, when it has one.
        var articleStem: Int32 = -1
        /// The strings of the word without its first one and two letters, when those may be a conjunction
        /// and/or preposition that leave three letters (``ArabicClitics/cliticPrefixLength(_:)``); -1 otherwise.
        var rests: (Int32, Int32) = (-1, -1)
        /// Whether it is a stop word, with or without its clitics, in the built-in list or the added one.
        var isStop: Bool
        /// Whether the added stop words list it as it is.
        var isAddedStop: Bool
        /// ``ArabicClitics/mayStartWithConjunction(_:)``.
        var mayStartWithConjunction: Bool
    }

    /// What a string is as a stem.
    struct Stem {
        /// The string of the stem with its nisba ending reduced (``ArabicClitics/nisbaBase(_:)``), or -1.
        var nisbaBase: Int32
        /// Whether the built-in or the added stop words list it as it is.
        var isListedStop: Bool
    }

    /// How many surface forms the tables may hold before they are emptied.
    let limit: Int
    /// The added stop words, folded (``WordAnalyzer/foldedStopWords(_:)``).
    let addedStopWords: InternTable

    private var surfaces = InternTable()
    private var surfaceEntries: [Surface] = []
    private var strings = InternTable()
    private var arabicWords: [ArabicWord?] = []
    private var stems: [Stem?] = []
    private var scratch: [UInt16] = []

    /// The document's forms (their surface forms, by form) in the order it uses them.
    private var forms = DocumentNumbering()
    /// Strings the document has as a folded word or as the stem of a word with the article.
    private var attested = DocumentNumbering()
    /// Strings the document has as the stem of a word with the article.
    private var articleStems = DocumentNumbering()
    /// The document's terms (their key strings, by term) in the order its forms give them.
    private var terms = DocumentNumbering()

    init(addedStopWords: InternTable, limit: Int = 100_000) {
        self.addedStopWords = addedStopWords
        self.limit = limit
    }

    /// How many surface forms the tables hold.
    var surfaceCount: Int { surfaces.count }

    /// Starts a document: forgets the previous document's forms, terms and strings, and empties
    /// the tables when they are full.
    mutating func startDocument() {
        if surfaces.count >= limit {
            surfaces = InternTable()
            surfaceEntries = []
            strings = InternTable()
            arabicWords = []
            stems = []
        }
        forms.startDocument()
        attested.startDocument()
        articleStems.startDocument()
        terms.startDocument()
    }

    // MARK: Forms and terms of the document

    /// The document's form for a surface form, and whether the document had not used it before.
    mutating func form(_ units: UnsafeBufferPointer<UInt16>) -> (form: Int32, isNew: Bool) {
        let surface = surfaces.intern(units)
        if surface == surfaceEntries.count { surfaceEntries.append(makeSurface(units)) }
        let (form, isNew) = forms.number(surface)
        return (form, isNew)
    }

    /// The surface form of each form of the document, by form.
    var documentForms: [Int32] { forms.ids }

    /// The document's term for a key string.
    mutating func term(ofKey string: Int32) -> Int32 { terms.number(Int(string)).number }

    /// The key of each term of the document, by term.
    func documentKeys() -> TermKeys {
        var keys = TermKeys()
        for string in terms.ids { strings.withUnits(Int(string)) { keys.append($0) } }
        return keys
    }

    /// Records that the document has `string` as a folded word, or as a stem when `isArticleStem`.
    mutating func attest(_ string: Int32, isArticleStem: Bool = false) {
        attested.insert(Int(string))
        if isArticleStem { articleStems.insert(Int(string)) }
    }

    func isAttested(_ string: Int32) -> Bool { attested.contains(Int(string)) }
    func isArticleStem(_ string: Int32) -> Bool { articleStems.contains(Int(string)) }

    // MARK: What holds in every document

    func surface(_ surface: Int32) -> Surface { surfaceEntries[Int(surface)] }

    /// The length of a string in UTF-16 units.
    func length(_ string: Int32) -> Int { strings.length(Int(string)) }

    /// The analysis of a surface form without Arabic; its `term` is the string of its key.
    mutating func otherForm(_ surface: Int32, englishRules: Bool) -> WordForm {
        let entry = surfaceEntries[Int(surface)]
        if let made = englishRules ? entry.other.1 : entry.other.0 { return made }
        let (key, form) = surfaces.withUnits(Int(surface)) {
            WordAnalyzer.otherForm($0, englishRules: englishRules, addedStopWords: addedStopWords)
        }
        var analysis = form
        analysis.term = intern(key[...])
        if englishRules { surfaceEntries[Int(surface)].other.1 = analysis } else { surfaceEntries[Int(surface)].other.0 = analysis }
        return analysis
    }

    mutating func arabicWord(_ string: Int32) -> ArabicWord {
        if let made = arabicWords[Int(string)] { return made }
        let word = copy(string)
        let builtIn = ArabicClitics.stopWords
        var entry = ArabicWord(
            isStop: ArabicClitics.isStopWord(word, stopWords: builtIn)
                || ArabicClitics.isStopWord(word, stopWords: addedStopWords),
            isAddedStop: addedStopWords.contains(word),
            mayStartWithConjunction: ArabicClitics.mayStartWithConjunction(word))
        if let article = ArabicClitics.articleStrip(word) {
            entry.article = article
            entry.articleStem = intern(word.dropFirst(article.keyStart))
        }
        let prefix = ArabicClitics.cliticPrefixLength(word)
        if prefix >= 1 && word.count - 1 >= 3 { entry.rests.0 = intern(word.dropFirst(1)) }
        if prefix >= 2 && word.count - 2 >= 3 { entry.rests.1 = intern(word.dropFirst(2)) }
        arabicWords[Int(string)] = entry
        return entry
    }

    mutating func stem(_ string: Int32) -> Stem {
        if let made = stems[Int(string)] { return made }
        let stem = copy(string)
        var nisbaBase: Int32 = -1
        if let base = ArabicClitics.nisbaBase(stem) { nisbaBase = intern(base) }
        let entry = Stem(
            nisbaBase: nisbaBase,
            isListedStop: ArabicClitics.stopWords.contains(stem)
                || (addedStopWords.count > 0 && addedStopWords.contains(stem)))
        stems[Int(string)] = entry
        return entry
    }

    /// The units of a string, copied: a slice of `strings` would make growing it copy the whole table.
    private func copy(_ string: Int32) -> ArraySlice<UInt16> { Array(strings[Int(string)])[...] }

    /// The string of `units`, added if new.
    private mutating func intern(_ units: ArraySlice<UInt16>) -> Int32 {
        let string = strings.intern(units)
        if string == arabicWords.count {
            arabicWords.append(nil)
            stems.append(nil)
        }
        return Int32(string)
    }

    private mutating func makeSurface(_ units: UnsafeBufferPointer<UInt16>) -> Surface {
        guard units.contains(where: ArabicFolding.isArabic) else { return Surface() }
        scratch.removeAll(keepingCapacity: true)
        ArabicFolding.fold(units, into: &scratch)
        return Surface(
            folded: intern(scratch[...]),
            surfaceOffsets: (
                Int32(ArabicFolding.surfaceOffset(ofFolded: 0, in: units)),
                Int32(ArabicFolding.surfaceOffset(ofFolded: 1, in: units)),
                Int32(ArabicFolding.surfaceOffset(ofFolded: 2, in: units))
            ))
    }
}

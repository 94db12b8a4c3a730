/// What the candidates and scorers need to know about one word of a document, in one byte, so that
/// the loops over the words read one small array rather than an array per fact.
struct WordFlags: OptionSet {
    let rawValue: UInt8

    /// Neither a stop word nor a number.
    static let content = WordFlags(rawValue: 1 << 0)
    /// It may begin a keyphrase (a content word, not an English adverb).
    static let canBegin = WordFlags(rawValue: 1 << 1)
    /// It may end a keyphrase (a content word, not an English adverb, past participle, modifier or
    /// abbreviation).
    static let canEnd = WordFlags(rawValue: 1 << 2)
    /// It opens a phrase (an Arabic word with a conjunction or preposition), so no keyphrase spans the
    /// word before it and this one.
    static let opensPhrase = WordFlags(rawValue: 1 << 3)
    /// An Arabic word with the article.
    static let definite = WordFlags(rawValue: 1 << 4)
    /// Upper case where the position does not explain it (a capital not at a sentence start, or an acronym).
    static let capitalized = WordFlags(rawValue: 1 << 5)

    /// The flags of a word of `form`, which starts its sentence or has a full stop after it that does not
    /// end the sentence (an abbreviation) as `startsSentence` and `isAbbreviated` say.
    @inline(__always)
    init(_ form: WordForm, startsSentence: Bool, isAbbreviated: Bool) {
        var flags: WordFlags = []
        if !form.isStop { flags.insert(.content) }
        if form.canBegin { flags.insert(.canBegin) }
        if form.canEnd && !(isAbbreviated && form.casing != .acronym) { flags.insert(.canEnd) }
        if form.opensPhrase { flags.insert(.opensPhrase) }
        if form.isDefinite { flags.insert(.definite) }
        switch form.casing {
        case .acronym: flags.insert(.capitalized)
        case .capitalized: if !startsSentence { flags.insert(.capitalized) }
        case .lower, .uncased: break
        }
        self = flags
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Whether a keyphrase may take in the word after its first one: a content word that does not
    /// open a phrase of its own (whether it repeats the word before it is for the caller to see).
    @inline(__always)
    var joinsPhrase: Bool { intersection([.content, .opensPhrase]) == .content }
}

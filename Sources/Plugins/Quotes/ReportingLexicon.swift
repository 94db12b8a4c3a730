import Toolkit

/// The language whose attribution rules apply.
public enum QuoteLanguage: String, CaseIterable, Sendable {
    case arabic = "ar"
    case english = "en"
}

/// How a reporting word presents what was said.
enum CueKind: Sendable {
    /// `قال`, `said`: the speaker is its subject.
    case verb
    /// `قائلا`, `saying`: the speaker is the subject of its clause.
    case participle
    /// `قوله`: the speaker is the one it belongs to, often relayed (`نقلت عنه … قوله`).
    case verbalNoun
    /// `وفقا لـ`, `بحسب`, `according to`: the speaker follows it.
    case sourcePreposition
    /// `نقلت عن`: the speaker is the one relayed, after `عن`.
    case relay
    /// `جاء في`: a document speaks, named after `في`.
    case document
}

/// A reporting word as a lexicon lists it.
struct CueEntry: Sendable {
    var kind: CueKind
    /// A word with other meanings, counted only when a complementizer, a colon or a quotation mark follows
    /// in its clause.
    var needsFrame: Bool
}

/// The word lists of one language, as written (whitespace-separated); a language leaves out the lists
/// its rules do not use.
protocol WordLists {
    static var verbs: String { get }
    static var framedVerbs: String { get }
    static var participles: String { get }
    static var verbalNouns: String { get }
    static var sourcePrepositions: String { get }
    static var relayVerbs: String { get }
    static var documentVerbs: String { get }
    static var complementizers: String { get }
    static var prepositions: String { get }
    static var namingNouns: String { get }
    static var namingWords: String { get }
    static var describingVerbs: String { get }
    static var titles: String { get }
    static var constructTitles: String { get }
    static var sourceNouns: String { get }
    static var sourceAdjectives: String { get }
    static var stopWords: String { get }
    static var timeWords: String { get }
    static var pronouns: String { get }
    static var nameJoiners: String { get }
    static var auxiliaries: String { get }
    static var determiners: String { get }
}

extension WordLists {
    static var verbalNouns: String { "" }
    static var relayVerbs: String { "" }
    static var documentVerbs: String { "" }
    static var namingNouns: String { "" }
    static var describingVerbs: String { "" }
    static var constructTitles: String { "" }
    static var sourceNouns: String { "" }
    static var sourceAdjectives: String { "" }
    static var timeWords: String { "" }
    static var nameJoiners: String { "" }
    static var auxiliaries: String { "" }
    static var determiners: String { "" }
}

/// The word lists of one language, normalized as ``WordLexer`` normalizes words.
///
/// A class, so that handing it around (to each ``WordLexer``) costs a reference count, not a copy of its tables.
final class ReportingLexicon: Sendable {
    /// A set of the lexicon's word lists, named in a look-up (``isListed(_:in:)``).
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt32

        static let complementizers = Lists(rawValue: 1 << 0)
        static let prepositions = Lists(rawValue: 1 << 1)
        static let namingNouns = Lists(rawValue: 1 << 2)
        static let namingWords = Lists(rawValue: 1 << 3)
        static let describingVerbs = Lists(rawValue: 1 << 4)
        static let titles = Lists(rawValue: 1 << 5)
        static let constructTitles = Lists(rawValue: 1 << 6)
        static let sourceNouns = Lists(rawValue: 1 << 7)
        static let sourceAdjectives = Lists(rawValue: 1 << 8)
        static let stopWords = Lists(rawValue: 1 << 9)
        static let timeWords = Lists(rawValue: 1 << 10)
        static let pronouns = Lists(rawValue: 1 << 11)
        static let nameJoiners = Lists(rawValue: 1 << 12)
        static let auxiliaries = Lists(rawValue: 1 << 13)
        static let determiners = Lists(rawValue: 1 << 14)
    }

    let language: QuoteLanguage
    /// The texts of the lexicon's keys that do not pack; a document's ``KeyTexts`` is made over them.
    let spelledTexts: SpelledTexts
    private let cues: WordTable<(entry: CueEntry, conjunction: Bool)>
    /// The keys of ``cues``, checked first: the Arabic reporting words with their glued conjunctions fill
    /// 4,096 slots (about 80 KB), looked up for nearly every word of a line with quotes, and a look-up
    /// there waited on memory for most of its time (perf: three quarters of the lexer's).
    private let cueFilter: HashBitFilter
    /// The lists that hold each key. One table for all the lists, read in place by the look-ups here: a rule
    /// that asks about several lists probes once, and no list is copied out of this object shared by all
    /// threads (a copy retains its storage, and the counts of its references sit on a line every core writes).
    private let listsByKey: WordTable<Lists>

    /// The lexicon of `language`, with `extraVerbs` added as reporting verbs.
    init(_ language: QuoteLanguage, extraVerbs: [String] = []) {
        self.language = language
        let keyTexts = KeyTexts()
        var cues = WordTable<CueEntry>()
        func add(_ list: String, _ kind: CueKind, needsFrame: Bool = false) {
            for key in WordLexer.keys(ofList: list, in: keyTexts) { cues[key] = CueEntry(kind: kind, needsFrame: needsFrame) }
        }
        let lists: any WordLists.Type = language == .arabic ? ArabicWords.self : EnglishWords.self
        add(lists.verbs, .verb)
        add(lists.framedVerbs, .verb, needsFrame: true)
        add(lists.participles, .participle)
        add(lists.verbalNouns, .verbalNoun)
        add(lists.sourcePrepositions, .sourcePreposition)
        add(lists.relayVerbs, .relay)
        add(lists.documentVerbs, .document, needsFrame: true)
        var listsByKey = WordTable<Lists>()
        let listed: [(String, Lists)] = [
            (lists.complementizers, .complementizers), (lists.prepositions, .prepositions),
            (lists.namingNouns, .namingNouns), (lists.namingWords, .namingWords),
            (lists.describingVerbs, .describingVerbs), (lists.titles, .titles),
            (lists.constructTitles, .constructTitles), (lists.sourceNouns, .sourceNouns),
            (lists.sourceAdjectives, .sourceAdjectives), (lists.stopWords, .stopWords), (lists.timeWords, .timeWords),
            (lists.pronouns, .pronouns), (lists.nameJoiners, .nameJoiners), (lists.auxiliaries, .auxiliaries),
            (lists.determiners, .determiners),
        ]
        for (words, list) in listed {
            for key in WordLexer.keys(ofList: words, in: keyTexts) {
                listsByKey[key] = (listsByKey[key] ?? []).union(list)
            }
        }
        self.listsByKey = listsByKey
        for verb in extraVerbs {
            let key = WordLexer.key(verb.trimmingWhiteSpace(), in: keyTexts)
            if !key.isEmpty { cues[key] = CueEntry(kind: .verb, needsFrame: false) }
        }
        // Every form with a glued conjunction (`وقال`, `فأضاف`) is listed too, so a word takes one lookup.
        var forms = WordTable<(entry: CueEntry, conjunction: Bool)>()
        for (key, entry) in cues.entries { forms[key] = (entry, false) }
        if language == .arabic {
            for (key, entry) in cues.entries {
                for conjunction: WordKey in ["و", "ف"] {
                    let form = key.prepending(conjunction, in: keyTexts)
                    if forms[form] == nil { forms[form] = (entry, true) }
                }
            }
        }
        self.cues = forms
        var cueFilter = HashBitFilter()
        for (key, _) in forms.entries { cueFilter.insert(hash: WordTable<Bool>.mixed(key)) }
        self.cueFilter = cueFilter
        spelledTexts = keyTexts.spelled
    }

    /// The reporting word a word is, and whether a conjunction glued to its front (`وقال`) was set aside.
    /// A capitalized English word is a name (`Post`), not a verb, unless it is `According`.
    func cue(_ word: Word) -> (entry: CueEntry, conjunction: Bool)? {
        cue(word.key, isWord: word.isWord, isCapitalized: word.isCapitalized)
    }

    /// ``cue(_:)`` from the parts of a word it reads.
    @inline(__always)
    func cue(_ key: WordKey, isWord: Bool, isCapitalized: Bool) -> (entry: CueEntry, conjunction: Bool)? {
        guard isWord, language == .arabic || !isCapitalized || key == .according, cueFilter.mayContain(hash: WordTable<Bool>.mixed(key))
        else { return nil }
        return cues[key]
    }

    /// `key` without a leading `و` or `ف`, when it is Arabic and long enough to have one; `keyTexts` spells
    /// the key's text when it does not pack.
    func withoutConjunction(_ key: WordKey, in keyTexts: KeyTexts) -> WordKey? {
        guard language == .arabic, key.scalarCount(in: keyTexts) > 2, let first = key.firstScalar(in: keyTexts),
            first == "و" || first == "ف"
        else { return nil }
        return key.droppingFirst(1, in: keyTexts)
    }

    /// Whether one of `lists` holds `key` as written.
    @inline(__always)
    func isListed(_ key: WordKey, in lists: Lists) -> Bool {
        guard let holding = listsByKey[key] else { return false }
        return !holding.isDisjoint(with: lists)
    }

    /// Whether one of `lists` holds `key`, as written or without a glued conjunction.
    func isListed(_ key: WordKey, in lists: Lists, ignoringConjunction keyTexts: KeyTexts) -> Bool {
        isListed(key, in: lists) || (withoutConjunction(key, in: keyTexts).map { isListed($0, in: lists) } ?? false)
    }

    /// Whether one of `lists` holds `key` once the particles glued to an Arabic noun (`و ف ب ل ك`, up to two)
    /// and its article `ال` are set aside: `لصحيفة` and `والصحيفة` are both `صحيفة`.
    func isListedNoun(_ key: WordKey, in lists: Lists, keyTexts: KeyTexts) -> Bool {
        if isListed(key, in: lists) { return true }
        guard language == .arabic else { return false }
        var candidate = key
        for step in 0...2 {
            if isListed(candidate, in: lists) { return true }
            if candidate.scalarCount(in: keyTexts) > 3, candidate.hasPrefix(.article, in: keyTexts),
                isListed(candidate.droppingFirst(2, in: keyTexts), in: lists)
            {
                return true
            }
            guard step < 2, candidate.scalarCount(in: keyTexts) > 3, let first = candidate.firstScalar(in: keyTexts),
                Self.gluedParticles.contains(first)
            else { break }
            if candidate.hasPrefix(.lamAndArticle, in: keyTexts),
                isListed(candidate.droppingFirst(2, in: keyTexts), in: lists)
            {
                return true
            }
            candidate = candidate.droppingFirst(1, in: keyTexts)
        }
        return false
    }

    // Made once: a literal key is decoded each time it is written.
    private static let gluedParticles = Array("وفبلك".unicodeScalars)
}

extension String {
    /// The string without white space at either end.
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// Every candidate keyphrase of a document: n-grams of content words inside one run,
/// each stored once with how often and where it first occurs.
///
/// A candidate never holds a stop word or a number, never begins with a word that
/// may not begin one (an English adverb) or ends with one that may not end one (an
/// English past participle or modifier), and never reaches over an Arabic word that
/// carries a conjunction or preposition (`مالي` and `النيجر` in `مالي والنيجر`).
///
/// A phrase is found by its prefix phrase and its last term, so the table holds
/// n-grams of any length with one integer key each, and building it is linear in
/// the number of words times the longest phrase.
struct PhraseTable {
    /// One phrase: how it is made, and how often and where it occurs.
    struct Phrase {
        /// The phrase one word shorter, or -1 for a single word.
        var prefix: Int32
        var lastTerm: Int32
        /// Its length in words.
        var length: Int32
        /// Whether it is a candidate; a prefix that ends in a word that may not end one is not.
        var isCandidate = false
        /// Occurrences.
        var count: Int32 = 0
        /// Occurrences that are a whole chunk (``DocumentWords/isWholeOnLeft(_:runStart:flags:)``),
        /// not a piece of a longer run of content words.
        var wholeCount: Int32 = 0
        /// The index of the first word of its first occurrence.
        var firstWord: Int32 = 0
    }

    /// Every phrase, in the order first found.
    private var phrases: [Phrase] = []
    /// Acronyms defined in the text (their single-word phrase) mapped to their long form's phrase.
    private(set) var longForms: [Int32: Int32] = [:]
    /// Per term, its single-word phrase, or -1. Every candidate start looks one up, so they are found by
    /// index rather than in `longer`, which then holds fewer phrases.
    private var singleWords: [Int32]
    /// The phrases of two words or more, by their prefix phrase and last term.
    private var longer: PairIndex
    /// The longest phrase's length at most, in words.
    let maximumWords: Int

    var count: Int { phrases.count }

    subscript(phrase: Int) -> Phrase { phrases[phrase] }

    /// Calls `body` with every phrase, in the order first found.
    func withPhrases<Result>(_ body: (UnsafeBufferPointer<Phrase>) -> Result) -> Result {
        phrases.withUnsafeBufferPointer(body)
    }

    /// Collects the phrases of up to `maximumWords` words.
    init(_ words: DocumentWords, maximumWords: Int) {
        self.maximumWords = maximumWords
        singleWords = [Int32](repeating: -1, count: words.termCount)
        longer = PairIndex(capacity: words.count / 2)
        phrases.reserveCapacity(words.count)
        words.terms.withUnsafeBufferPointer { terms in
            words.flags.withUnsafeBufferPointer { flags in
                let runStarts = words.runStarts
                for run in 0..<(runStarts.count - 1) {
                    collect(run: runStarts[run]..<runStarts[run + 1], terms: terms, flags: flags)
                }
            }
        }
    }

    /// Collects the phrases that begin in the words `run`.
    // Inlined into the initializer: called, it reloads and stores back the arrays of `self` at every count.
    @inline(__always)
    private mutating func collect(
        run: Range<Int>, terms: UnsafeBufferPointer<Int32>, flags: UnsafeBufferPointer<WordFlags>
    ) {
        for start in run where flags[start].contains(.canBegin) {
            let first = terms[start]
            var phrase = singleWords[Int(first)]
            if phrase < 0 {
                phrase = Int32(phrases.count)
                singleWords[Int(first)] = phrase
                phrases.append(Phrase(prefix: -1, lastTerm: first, length: 1))
            }
            // Whether an occurrence is a whole chunk (``DocumentWords/isWholeOnLeft(_:runStart:flags:)``): the
            // left side is the same for every phrase from this start, and the right side is whether the next
            // word would join the phrase.
            let isWholeOnLeft = DocumentWords.isWholeOnLeft(start, runStart: run.lowerBound, flags: flags)
            let limit = min(run.upperBound, start + maximumWords)
            var position = start
            while true {
                let next = position + 1
                let nextJoins = next < run.upperBound && flags[next].joinsPhrase
                if flags[position].contains(.canEnd) {
                    Self.count(&phrases[Int(phrase)], at: start, isWhole: isWholeOnLeft && !nextJoins)
                }
                guard next < limit, nextJoins, terms[next] != terms[position] else { break }
                let term = terms[next]
                let added = Int32(phrases.count)
                let found = longer.value(phrase, term) { added }
                if found == added {
                    phrases.append(Phrase(prefix: phrase, lastTerm: term, length: Int32(next - start + 1)))
                }
                phrase = found
                position = next
            }
        }
    }

    /// Counts an occurrence of a candidate that starts at word `start`.
    private static func count(_ phrase: inout Phrase, at start: Int, isWhole: Bool) {
        phrase.isCandidate = true
        if phrase.count == 0 { phrase.firstWord = Int32(start) }
        phrase.count += 1
        if isWhole { phrase.wholeCount += 1 }
    }

    /// Counts every defined acronym's occurrences as occurrences of its long form, which
    /// takes the acronym's place among the candidates.
    mutating func mergeAcronyms(_ definitions: [AcronymDefinitions.Definition], words: DocumentWords) {
        for definition in definitions {
            let acronym = find(-1, followedBy: words.terms[definition.acronym])
            var longForm: Int32 = -1
            for word in definition.expansion {
                longForm = find(longForm, followedBy: words.terms[word])
                if longForm < 0 { break }
            }
            guard acronym >= 0, longForm >= 0, acronym != longForm, phrases[Int(longForm)].isCandidate,
                longForms[acronym] == nil, longForms[longForm] == nil
            else { continue }
            longForms[acronym] = longForm
            phrases[Int(longForm)].count += phrases[Int(acronym)].count
            phrases[Int(longForm)].wholeCount += phrases[Int(acronym)].wholeCount
            phrases[Int(acronym)].isCandidate = false
        }
    }

    /// Whether the phrase is a defined acronym, standing for its long form.
    func isAcronym(_ phrase: Int32) -> Bool { !longForms.isEmpty && longForms[phrase] != nil }

    /// The phrase `phrase` followed by `term`, or -1 when no such phrase was collected.
    func find(_ phrase: Int32, followedBy term: Int32) -> Int32 {
        phrase < 0 ? singleWords[Int(term)] : longer.value(phrase, term) ?? -1
    }

    /// The first term of a phrase.
    func firstTerm(of phrase: Int32) -> Int32 {
        var current = Int(phrase)
        while phrases[current].prefix >= 0 { current = Int(phrases[current].prefix) }
        return phrases[current].lastTerm
    }

    /// Writes the terms of a phrase, first to last, to the start of `terms` (at least ``maximumWords`` long);
    /// returns how many it wrote.
    func terms(of phrase: Int32, into terms: UnsafeMutableBufferPointer<Int32>) -> Int {
        let length = Int(phrases[Int(phrase)].length)
        precondition(length <= terms.count, "phrase longer than its buffer")
        var current = phrase
        for offset in stride(from: length - 1, through: 0, by: -1) {
            terms[offset] = phrases[Int(current)].lastTerm
            current = phrases[Int(current)].prefix
        }
        return length
    }
}

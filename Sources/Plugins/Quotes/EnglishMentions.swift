extension QuoteAnalyzer {
    /// Small words that may stand inside a name (`Department of Agriculture`, `Claudio De Vincenti`).
    private static let nameConnectors: WordSet = [
        "of", "for", "the", "de", "da", "di", "du", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le",
        "del", "dos", "das", "y",
    ]

    /// The subject before an English reporting verb, past auxiliaries and adverbs (`Professor Burrows also said`),
    /// and past a parenthetical between commas (`Claudio De Vincenti, undersecretary …, said`); a name set off
    /// by commas right before the verb is the subject (`…, Nunzio Galantino, has called`).
    func englishSubject(before index: Int, _ words: [Word], floor: Int) -> Range<Int>? {
        let depth = words[index].depth
        var i = index - 1
        while i >= floor, words[i].isWord,
            lexicon.isListed(words[i].key, in: .auxiliaries)
                || (words[i].key.hasSuffix(.adverbEnding, in: keyTexts) && !words[i].isCapitalized)
        {
            // `has been told`: a passive verb's subject is not the speaker.
            if Self.formsOfBe.contains(words[i].key) { return nil }
            i -= 1
        }
        // `… and said`: the verb shares a subject given earlier, which is not looked for.
        guard i >= floor, !Self.coordinators.contains(words[i].key) else { return nil }
        while i >= floor && words[i].key == .comma {
            var j = i - 1
            while j >= floor && words[j].isWord && words[j].depth == depth { j -= 1 }
            guard j + 1 < i else { return nil }
            let first = words[j + 1]
            let isName =
                first.isCapitalized && words[i - 1].isCapitalized && !isPreposition(first)
                && !lexicon.isListed(first.key, in: [.determiners, .stopWords])
            if isName || j < floor || words[j].key != .comma { return englishName(words, (j + 1)..<i) }
            i = j
        }
        var j = i
        while j >= floor && i - j < Self.phraseReach && words[j].isWord && words[j].depth == depth
            && !lexicon.isListed(words[j].key, in: .stopWords) && words[j].cue == nil
            && !Self.objectPronouns.contains(words[j].key)
            && (!isPreposition(words[j]) || words[j].key == .of || words[j].key == .`for`)
        {
            j -= 1
        }
        guard j < i else { return nil }
        var start = j + 1
        if let pronoun = (start...i).last(where: { isPronoun(words[$0]) }) { return words[pronoun].range }
        while start <= i && Self.coordinators.contains(words[start].key) { start += 1 }
        guard start <= i else { return nil }
        // A phrase without a name must look like a noun phrase (`The city`, `all of our friends`), not a verb.
        let named = (start...i).contains { isProperWord(words[$0]) }
        guard named || Self.quantifiers.contains(words[start].key) || lexicon.isListed(words[start].key, in: .determiners)
        else { return nil }
        return englishName(words, start..<(i + 1))
    }

    private static let coordinators: WordSet = ["and", "or", "but"]

    private static let formsOfBe: WordSet = ["is", "was", "were", "are", "been", "be", "being"]

    /// Words that may open a noun phrase besides determiners.
    private static let quantifiers: WordSet = [
        "all", "some", "many", "most", "several", "one", "two", "three", "every", "each", "both", "few", "other",
        "another",
    ]

    /// Pronouns that are never a subject; a subject does not reach back past them (`Let me say`).
    private static let objectPronouns: WordSet = ["me", "him", "them", "us", "up", "down", "out", "off", "back"]

    /// The noun phrase from `start` on (`said Ambassador Mohib`, `according to the Sydney Morning Herald`),
    /// up to punctuation, a preposition or a reporting word; `of` stays inside a capitalized name.
    func englishPhrase(_ words: [Word], from start: Int, limit: Int) -> Range<Int>? {
        var end = start
        while end < limit && end - start < Self.phraseReach {
            let word = words[end]
            let afterDeterminer = end > start && lexicon.isListed(words[end - 1].key, in: .determiners)
            guard word.isWord, !lexicon.isListed(word.key, in: .stopWords), afterDeterminer || word.cue == nil else {
                break
            }
            if isPreposition(word) {
                let insideName =
                    Self.nameConnectors.contains(word.key) && end > start && words[end - 1].isCapitalized
                    && end + 1 < limit && words[end + 1].isCapitalized
                if !insideName { break }
            }
            end += 1
        }
        guard end > start else { return nil }
        return englishName(words, start..<end)
    }

    /// The name in an English noun phrase: a pronoun as it is; after a possessive, the name it belongs to
    /// (`PC World's recent analysis` → `PC World`) or the name that follows it (`New Zealand's Prime Minister
    /// John Key` → `John Key`); else the last run of capitalized words, from after its last title or
    /// organisation (`General Suleiman al-Amr` → `Suleiman al-Amr`, `Minister of Education Stefania Giannini`
    /// → `Stefania Giannini`, `Refugee Council Enver Solomon` → `Enver Solomon`); else the whole phrase (`The city`).
    func englishName(_ words: [Word], _ tokens: Range<Int>) -> Range<Int>? {
        guard !tokens.isEmpty else { return nil }
        var tokens = tokens
        var lastEnd = words[tokens.upperBound - 1].range.upperBound
        if tokens.count == 1 && isPronoun(words[tokens.lowerBound]) { return words[tokens.lowerBound].range }
        if let possessive = tokens.last(where: { words[$0].key.hasSuffix(.possessiveEnding, in: keyTexts) }) {
            if tokens[(possessive + 1)...].contains(where: { isProperWord(words[$0]) }) {
                tokens = (possessive + 1)..<tokens.upperBound
            } else {
                tokens = tokens.lowerBound..<(possessive + 1)
                lastEnd = words[possessive].range.upperBound - 2
            }
        }
        guard let last = tokens.last(where: { isProperWord(words[$0]) }) else {
            return words[tokens.lowerBound].range.lowerBound..<lastEnd
        }
        if last != tokens.upperBound - 1 { lastEnd = words[last].range.upperBound }
        var start = last
        while start > tokens.lowerBound {
            let previous = words[start - 1]
            if previous.isCapitalized {
                start -= 1
            } else if Self.nameConnectors.contains(previous.key), start - 2 >= tokens.lowerBound,
                words[start - 2].isCapitalized
            {
                start -= 2
            } else {
                break
            }
        }
        var first = start
        let split = (start..<last).last { index in
            lexicon.isListed(words[index].key, in: .titles)
                || (Self.organisationWords.contains(words[index].key) && index + 2 <= last
                    && words[index + 1].isCapitalized)
        }
        if let title = split {
            first = title + 1
            if first + 1 < last, words[first].key == .of || words[first].key == .`for`, words[first + 1].isCapitalized {
                first += 2
            }
            if first > last || words[first].key == .period { first = start }
        }
        return words[first].range.lowerBound..<lastEnd
    }

    /// Words that end the name of an organisation, after which a person's name may follow
    /// (`Refugee Council Enver Solomon`).
    private static let organisationWords: WordSet = [
        "council", "department", "ministry", "party", "office", "agency", "association", "union", "university",
        "institute", "commission", "committee", "foundation", "society", "court", "bank", "company", "corporation",
        "group", "network", "news", "times", "post", "press", "service", "board", "authority", "centre", "center",
    ]

    /// A capitalized word that is not a determiner (`The` at a sentence's start is not a name).
    private func isProperWord(_ word: Word) -> Bool {
        word.isWord && word.isCapitalized && !lexicon.isListed(word.key, in: .determiners)
    }
}

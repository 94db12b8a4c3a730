extension QuoteAnalyzer {
    /// Longest noun phrase read for a speaker, in tokens.
    static let phraseReach = 12

    /// The speaker named by the words from `start` on, before `limit`: a name after any titles
    /// (`الدكتور محمد الثبيتي` → `محمد الثبيتي`, `وزير الخارجية الفرنسي لوران فابيوس` → `لوران فابيوس`),
    /// else a source noun with its adjectives (`مصدر أمني جزائري`, `المصدر الأمني`, `صحيفة «الوطن»`), else
    /// the titles alone (`قائد الشرطة`, `رئيس حزب «الوفد»`).
    func arabicMention(_ words: [Word], from start: Int, limit: Int) -> Range<Int>? {
        var end = start
        guard start < limit else { return nil }
        while end < limit && end - start < Self.phraseReach {
            if end > start, lexicon.isListedNoun(words[end - 1].key, in: .namingNouns, keyTexts: keyTexts),
                let quoted = quotedNameEnd(words, from: end, limit: limit)
            {
                end = quoted  // صحيفة «الوطن»
            } else if end > start && words[end].key == .period && words[end - 1].key == .doctorAbbreviation {
                end += 1  // د. يوسف
            } else if endsPhrase(words[end], depth: words[start].depth) {
                break
            } else {
                end += 1
            }
        }
        while end < limit && end - start < Self.phraseReach && words[end].key == .ladaa {  // a title's `لدى`
            end += 1
            while end < limit && end - start < Self.phraseReach && !endsPhrase(words[end], depth: words[start].depth) {
                end += 1
            }
        }
        guard end > start else { return nil }
        var k = start
        var sawTitle = false
        while k < end {
            let word = words[k]
            if lexicon.isListed(word.key, in: .titles) {
                k += 1
            } else if lexicon.isListed(word.key, in: .constructTitles) {
                k = min(end, k + 2)
            } else if word.key == .bismi {
                k = min(end, k + 2)
            } else if sawTitle && word.key == .ladaa {  // سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور
                k += 1
            } else if sawTitle
                && (word.key.hasPrefix(.lamAndArticle, in: keyTexts)
                    || lexicon.isListedNoun(word.key, in: .namingNouns, keyTexts: keyTexts))
            {
                k += 1
            } else if sawTitle, let quoted = quotedNameEnd(words, from: k, limit: end) {
                k = quoted
            } else if sawTitle && word.key == .period {
                k += 1
            } else {
                break
            }
            sawTitle = true
            while k < end && words[k].key.hasPrefix(.article, in: keyTexts) && !lexicon.isListed(words[k].key, in: .titles) {
                k += 1
            }
        }
        guard k < end else { return sawTitle ? trimmedPhrase(words, start..<end) : nil }
        let head = words[k]
        if lexicon.isListedNoun(head.key, in: .sourceNouns, keyTexts: keyTexts) || head.key.hasPrefix(.article, in: keyTexts) {
            var m = k + 1
            let naming = lexicon.isListedNoun(head.key, in: .namingNouns, keyTexts: keyTexts)
            if head.key.hasPrefix(.article, in: keyTexts) || (m < end && words[m].key.hasPrefix(.article, in: keyTexts)) {
                // `صحيفة السفير اللبنانية`: after a naming noun an `ال` word is its name, title or not.
                while m < end && words[m].key.hasPrefix(.article, in: keyTexts)
                    && (naming || !lexicon.isListed(words[m].key, in: .titles))
                {
                    m += 1
                }
            } else if naming {
                m = quotedNameEnd(words, from: m, limit: end) ?? nameRunEnd(words, from: m, end: end, afterName: false)
            } else {
                while m < end && isAdjective(words[m]) { m += 1 }
            }
            return trimmedPhrase(words, k..<m)
        }
        guard isNameLike(head, first: true) || lexicon.isListed(head.key, in: .nameJoiners) else {
            return sawTitle ? trimmedPhrase(words, start..<k) : nil
        }
        return trimmedPhrase(words, k..<nameRunEnd(words, from: k, end: end, afterName: false))
    }

    /// The source after `وفقا لـ`, `بحسب`: `لبيان` gives `بيان`, `للصحيفة` gives `الصحيفة`. A single word
    /// that is no known source, title or naming noun is taken for a common noun (`وفق حاجة الفريق`).
    func arabicSource(after index: Int, _ words: [Word], limit: Int) -> Range<Int>? {
        var start = index + 1
        guard start < limit else { return nil }
        if words[start].key == .lam || words[start].endsWithTatweel { start += 1 }
        guard start < limit, words[start].key != .maa else { return nil }
        let head = words[start].key
        let known =
            lexicon.isListedNoun(head, in: [.sourceNouns, .namingNouns], keyTexts: keyTexts)
            || lexicon.isListed(head, in: [.titles, .constructTitles])
        guard known || (start + 1 < limit && isNameLike(words[start + 1], first: false)) else { return nil }
        guard var mention = arabicMention(words, from: start, limit: limit) else { return nil }
        let key = words[start].key
        let nouns: ReportingLexicon.Lists = [.sourceNouns, .namingNouns]
        if mention.lowerBound == words[start].range.lowerBound, key.hasPrefix(.lam, in: keyTexts),
            !lexicon.isListed(key, in: nouns), lexicon.isListedNoun(key, in: nouns, keyTexts: keyTexts)
        {
            mention = (mention.lowerBound + 1)..<mention.upperBound
        }
        return mention
    }

    /// The subject right after a verb (`وقال المصدر`), past time words; `nil` when a complementizer, a colon,
    /// a quote, a preposition or an indirect object (`لـ«الشرق الأوسط»`, `لقوات`) comes first.
    func arabicSubject(after index: Int, _ words: [Word], limit: Int) -> Range<Int>? {
        // `أكدوا`, `قالوا`: the subject is in the verb; what follows is its object (`أكدوا أهمية وضع آلية`).
        guard !words[index].key.hasSuffix(.pluralVerbEnding, in: keyTexts) else { return nil }
        var next = index + 1
        while next < limit && lexicon.isListed(words[next].key, in: .timeWords) { next += 1 }
        guard next < limit, words[next].isWord, words[next].depth == words[index].depth else { return nil }
        let word = words[next]
        if isComplementizer(word) || isPreposition(word) || isPronoun(word) || word.endsWithTatweel
            || word.cue != nil || lexicon.isListed(word.key, in: .stopWords) || word.key.hasPrefix(.lam, in: keyTexts)
        {
            return nil
        }
        return arabicMention(words, from: next, limit: limit)
    }

    /// The subject before a verb near its clause's start (`المصدر أشار`, `وكانت صحيفة … ذكرت`);
    /// `nil` when a pronoun stands there (`إلا أنها أضافت`).
    func arabicSubject(before index: Int, _ words: [Word], floor: Int) -> Range<Int>? {
        var start = index
        while start > floor && words[start - 1].isWord && words[start - 1].depth == words[index].depth {
            start -= 1
            if index - start > 6 { return nil }
        }
        // The subject opens its clause: the sentence's start or a comma, not a quote (`«…» دعمه … وقال`).
        guard start == floor || Self.clauseOpeners.contains(words[start - 1].key) else { return nil }
        while start < index,
            Self.auxiliaryOpeners.contains(lexicon.withoutConjunction(words[start].key, in: keyTexts) ?? words[start].key)
        {
            start += 1
        }
        guard start < index else { return nil }
        if words[start..<index].contains(where: {
            isPronoun($0) || isComplementizer($0) || lexicon.isListed($0.key, in: .stopWords)
        }) {
            return nil
        }
        // A subject before its verb is a definite or known noun (`المصدر`, `مصادر الإعلام`), or a short name
        // (`كارتر قال`); longer runs of unknown words are another clause (`سمع إبراهيم صوت الطفل أحمد يصرخ`).
        let head = words[start].key
        let known =
            head.hasPrefix(.article, in: keyTexts) || lexicon.isListedNoun(head, in: .sourceNouns, keyTexts: keyTexts)
            || lexicon.isListed(head, in: [.titles, .constructTitles])
        guard known || (index - start <= 3 && lexicon.withoutConjunction(head, in: keyTexts) == nil) else { return nil }
        return arabicMention(words, from: start, limit: index)
    }

    /// The one `نقلت عن` relays: the phrase after `عن`, or, for `نقلت عنه`, the topic at the sentence's start
    /// (`مصدر أمني جزائري، نقلت عنه وكالة … قوله`).
    func relayedSource(_ index: Int, _ words: [Word], floor: Int, limit: Int) -> Range<Int>? {
        for next in (index + 1)..<min(limit, index + 8) {
            let key = words[next].key
            if key == .an { return arabicMention(words, from: next + 1, limit: limit) }
            if Self.anWithPronoun.contains(key) {
                return arabicMention(words, from: floor, limit: index)
            }
            if endsClause(words[next]) || isComplementizer(words[next]) { break }
        }
        return nil
    }

    /// The subject of a sentence, for a participle (`قلل رافاييل بينيتيز … مؤكدا`): the phrase at its start,
    /// or after its first word when that word is a verb.
    /// `nil` when the sentence holds a quote (ICU may start it inside one) or opens with a particle
    /// or a preposition (`وعن تسليمه الرئاسة … قال`).
    func sentenceSubject(_ words: [Word], floor: Int, before index: Int) -> Range<Int>? {
        guard floor < index,
            !words[floor..<index].contains(where: { $0.kind == .quoteMark || $0.depth != words[index].depth })
        else { return nil }
        let first = words[floor]
        if isPreposition(first) || isComplementizer(first)
            || lexicon.isListed(first.key, in: .stopWords, ignoringConjunction: keyTexts)
            || lexicon.isListed(first.key, in: .timeWords)
        {
            return nil
        }
        if first.key.hasPrefix(.article, in: keyTexts) || lexicon.isListedNoun(first.key, in: .sourceNouns, keyTexts: keyTexts)
            || lexicon.isListed(first.key, in: [.titles, .constructTitles])
        {
            return arabicMention(words, from: floor, limit: index)
        }
        return arabicMention(words, from: floor + 1, limit: index)
    }

    /// Past a quoted name (a `term` quote) that starts at `start` (`«الوطن»`), or `nil` when none does.
    private func quotedNameEnd(_ words: [Word], from start: Int, limit: Int) -> Int? {
        guard start < limit, words[start].kind == .quoteMark else { return nil }
        var index = start + 1
        while index < limit && index - start <= 6 && words[index].depth > words[start].depth { index += 1 }
        guard index > start + 1, index < limit, words[index].kind == .quoteMark,
            let quote = quoteByClosing[words[index].range.lowerBound], readings[quote].kind == .term
        else { return nil }
        return index + 1
    }

    /// Whether a token ends a noun phrase: punctuation, a quote, a particle, a preposition, a reporting word.
    private func endsPhrase(_ word: Word, depth: Int) -> Bool {
        !word.isWord || word.depth != depth
            || lexicon.isListed(word.key, in: [.complementizers, .prepositions, .stopWords], ignoringConjunction: keyTexts)
            || lexicon.isListed(word.key, in: .timeWords) || word.cue != nil
    }

    /// A word that may be part of a name: not a function word, title, source noun or `ال` word, nor a word
    /// with a preposition glued on (`لقوات`, `لولاية`, `بالعين`). Names that begin with `ل` (`لوران`) are given
    /// up for these: `ل` glued to a noun is far more frequent after a verb or a title.
    private func isNameLike(_ word: Word, first: Bool) -> Bool {
        guard word.isWord, !word.key.hasPrefix(.article, in: keyTexts), word.key.scalarCount(in: keyTexts) >= 2 else {
            return false
        }
        if word.key.hasPrefix(.lam, in: keyTexts)
            || (first && Self.gluedArticles.contains { word.key.hasPrefix($0, in: keyTexts) })
        {
            return false
        }
        let key = word.key
        return !lexicon.isListed(key, in: [.titles, .constructTitles, .namingWords, .pronouns])
            && !lexicon.isListedNoun(key, in: [.namingNouns, .sourceNouns], keyTexts: keyTexts)
    }

    /// The end of a name from `start`: name-like words, a joiner with the word after it (`عبد الجبار`),
    /// a nisba family name after a name word (`محمد الثبيتي`), and one other `ال` family name after a name
    /// word (`حسن الجاسر`) unless it is a title (`جنيفر بالمييري الناطقة`).
    private func nameRunEnd(_ words: [Word], from start: Int, end: Int, afterName: Bool) -> Int {
        var m = start
        var afterNameWord = afterName
        while m < end {
            let word = words[m]
            if lexicon.isListed(word.key, in: .nameJoiners) && m + 1 < end {
                m += 2
                afterNameWord = false
            } else if isNameLike(word, first: m == start)
                && (m == start || !Self.pronounSuffixes.contains { word.key.hasSuffix($0, in: keyTexts) })
            {
                m += 1
                afterNameWord = true
            } else if afterNameWord && (isNisbaAdjective(word) || isFamilyName(word)) {
                m += 1
                afterNameWord = isNisbaAdjective(word)
            } else {
                break
            }
        }
        return m
    }

    /// `عن` with a pronoun: `نقلت عنه` relays the topic of the sentence.
    private static let anWithPronoun: WordSet = ["عنه", "عنها", "عنهم", "عنهما"]

    /// `ال` with a preposition or conjunction glued on: `بال`, `كال`, `فال`.
    private static let gluedArticles: [WordKey] = ["بال", "كال", "فال"]

    /// Words that may open a subject's clause before the subject itself: `كان`, `كانت`, `قد`, `لقد`.
    private static let auxiliaryOpeners: WordSet = ["كان", "كانت", "قد", "لقد"]

    /// Punctuation after which a clause, and so a subject, may begin.
    private static let clauseOpeners: WordSet = ["،", ",", "؛", ";", ":", "."]

    /// Pronoun endings that a name's later words do not have (`سهيلة نصيحتها`).
    private static let pronounSuffixes: [WordKey] = ["ها", "هم", "هما", "هن"]

    /// `الجاسر`: an `ال` word that is not a title, a source or a naming noun, after a first name.
    private func isFamilyName(_ word: Word) -> Bool {
        guard word.isArabic, word.key.hasPrefix(.article, in: keyTexts) else { return false }
        let key = word.key
        return !lexicon.isListed(key, in: [.titles, .constructTitles, .timeWords, .stopWords])
            && !lexicon.isListedNoun(key, in: [.sourceNouns, .namingNouns], keyTexts: keyTexts) && word.cue == nil
    }

    /// Nisba adjective endings: `ـي`, `ـيه` (for `ـية`), `ـيون`, `ـيين`.
    private static let nisbaEndings: [WordKey] = [.nisbaEnding, .feminineNisbaEnding, .pluralNisbaEnding, .obliquePluralNisbaEnding]

    /// `أمني`, `جزائرية`, `كبيرة`, `مطلع`: an adjective after an indefinite source noun.
    private func isAdjective(_ word: Word) -> Bool {
        guard word.isArabic, !word.key.hasPrefix(.article, in: keyTexts) else { return false }
        return Self.nisbaEndings.contains { word.key.hasSuffix($0, in: keyTexts) } || lexicon.isListed(word.key, in: .sourceAdjectives)
    }

    /// The phrase's offsets, without a last word in `م…` that only introduces a complement
    /// (`مصدر أمني جزائري مطلع على …` → `مصدر أمني جزائري`).
    private func trimmedPhrase(_ words: [Word], _ range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        var last = range.upperBound - 1
        if last > range.lowerBound, words[last].key.hasPrefix(.meem, in: keyTexts), last + 1 < words.count,
            isPreposition(words[last + 1])
        {
            last -= 1
        }
        return words[range.lowerBound].range.lowerBound..<words[last].range.upperBound
    }
}

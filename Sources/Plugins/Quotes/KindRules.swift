/// The kind of one quote and the reporting word its frame shows.
struct QuoteReading: Sendable {
    var kind: QuoteKind
    /// The reporting word that presents the quote, before it or after it.
    var cue: TokenRef?
    /// An earlier quote this one is coordinated with (`"dangerous" and "ideological"`): it shares its kind,
    /// speaker and cue.
    var sharesWith: Int?
}

/// The tokens around one quote, at the quote's own nesting level.
struct QuoteFrame {
    var line: Int
    var words: [Word]
    /// The opening mark's token, or the first content token when the opening mark is missing.
    var open: Int
    var closeLine: Int
    var closeWords: [Word]
    /// The token after the closing mark, or after the content when the closing mark is missing.
    var after: Int
    /// The first token of the opening's sentence.
    var floor: Int
    /// One past the last token of the closing's sentence.
    var limit: Int
    var depth: Int
    var contentWords: Int
    /// Whether the content ends like speech: `.`, `!`, `?`, `؟`, `…` or a comma (`worse,"`).
    var speechEnding: Bool
    /// All its Latin words capitalized, small words aside (`The Internet Explorer 6 Countdown`).
    var titleCase: Bool
    /// A number, a link, a hashtag or a handle.
    var isSymbolic: Bool
    /// Begins as a sentence does: with a capital in English (American style puts any final period inside
    /// the marks, so `"significant public benefit."` is not a sentence); always in Arabic.
    var startsLikeSentence: Bool

    /// Tokens before the quote at its level, nearest first, down to the sentence's start.
    func before(reach: Int) -> [Int] {
        var indices: [Int] = []
        indices.reserveCapacity(reach)
        var index = open - 1
        while index >= floor && indices.count < reach {
            if words[index].depth < depth { break }
            indices.append(index)
            index -= 1
        }
        return indices
    }

    /// Tokens after the quote at its level, nearest first, up to the sentence's end.
    func following(reach: Int) -> [Int] {
        var indices: [Int] = []
        indices.reserveCapacity(reach)
        var index = after
        while index < limit && indices.count < reach {
            if closeWords[index].depth < depth { break }
            indices.append(index)
            index += 1
        }
        return indices
    }
}

extension QuoteAnalyzer {
    /// The tokens around a quote.
    func frame(_ index: Int) -> QuoteFrame {
        let span = spans[index]
        let line = line(containing: span.marks.lowerBound)
        let words = words(line)
        let open = tokenIndex(words, at: span.marks.lowerBound)
        let closeOffset = span.closing?.upperBound ?? span.content.upperBound
        let closeLine = self.line(containing: max(closeOffset - 1, span.marks.lowerBound))
        let closeWords = closeLine == line ? words : self.words(closeLine)
        let after = tokenIndex(closeWords, at: closeOffset)
        let contentStart = tokenIndex(words, at: span.content.lowerBound)
        let contentEnd = closeLine == line ? tokenIndex(words, at: span.content.upperBound) : words.count
        let content = words[contentStart..<max(contentStart, contentEnd)]
        // The facts the rules need come from the content's first words; a longer quote is long enough.
        let head = content.prefix(Self.contentReach)
        var count = 0
        var hasWord = false
        var majorWords = 0
        var capitalizedMajorWords = 0
        for word in head {
            if !word.isPunctuation { count += 1 }
            guard word.isWord else { continue }
            hasWord = true
            if !word.isArabic && !Self.smallWords.contains(word.key) {
                majorWords += 1
                if word.isCapitalized { capitalizedMajorWords += 1 }
            }
        }
        let truncated =
            content.count > head.count || closeLine != line
            || span.content.upperBound > (words.last?.range.upperBound ?? span.content.lowerBound)
        if truncated { count += Self.contentReach }
        let last = text[span.content.upperBound - 1]
        let titleCase =
            lexicon.language == .english && !truncated && head.count >= 2 && majorWords > 0
            && capitalizedMajorWords == majorWords
        let first = content.first
        let isSymbolic =
            !hasWord && !truncated
            || first.map {
                Self.handlePrefixes.contains($0.key) || $0.key.hasPrefix(.http, in: keyTexts)
                    || $0.key.hasPrefix(.www, in: keyTexts)
            } ?? false
        return QuoteFrame(
            line: line, words: words, open: open, closeLine: closeLine, closeWords: closeWords, after: after,
            floor: sentenceFloor(words, line: line, offset: span.marks.lowerBound),
            limit: sentenceLimit(closeWords, line: closeLine, offset: max(closeOffset - 1, 0)),
            depth: depth[index], contentWords: count,
            speechEnding: [0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x2C, 0x060C].contains(last),
            titleCase: titleCase, isSymbolic: isSymbolic,
            startsLikeSentence: lexicon.language == .arabic || (first?.isCapitalized ?? false))
    }

    /// A hashtag's or a handle's first token.
    private static let handlePrefixes: WordSet = ["#", "@"]

    /// How many content tokens the kind rules read.
    static let contentReach = 40

    private static let smallWords: WordSet = [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "but", "vs",
    ]

    /// Decides a quote's kind from its frame, in this order: a quote coordinated with the one before shares
    /// its kind; numbers and links are terms; a naming word, a preposition or a possessive before the quote
    /// makes a term; so does a complementizer right after it (`وأوضح "العقيبي" أن`); a colon, a complementizer
    /// or a reporting word before it makes reported words, as does a reporting word in its clause when the
    /// quote is long or ends the clause, or one right after it (`"…," he said`); what is left is reported
    /// words when long or sentence-like, else a term.
    func classify(_ index: Int) -> QuoteReading {
        let f = frame(index)
        let before = f.before(reach: Self.frameReach)
        let words = f.words
        let p0 = before.first.map { words[$0] }
        let p1 = before.dropFirst().first.map { words[$0] }
        let after = f.following(reach: 15)
        let n0 = after.first.map { f.closeWords[$0] }
        let continues = n0.map { $0.isWord && !isConjunction($0) } ?? false

        if let shared = coordinated(with: before, words) {
            return QuoteReading(kind: readings[shared].kind, cue: readings[shared].cue, sharesWith: shared)
        }
        if f.isSymbolic { return QuoteReading(kind: .term) }
        if let p0, let reading = namingFrame(p0, before: before, words, line: f.line) { return reading }
        if lexicon.language == .arabic, let n0, !(p0.map { $0.key == .colon || isComplementizer($0) } ?? false) {
            if isComplementizer(n0) || (isNisbaAdjective(n0) && f.contentWords <= 3) {
                return QuoteReading(kind: .term)
            }
        }
        if let colon = colonFrame(f, p0: p0, p1: p1) { return colon }
        if let p0, isComplementizer(p0) {
            if f.contentWords <= 2 && continues { return QuoteReading(kind: .term) }
            return QuoteReading(kind: .direct, cue: nearestCue(before, words, line: f.line, depth: f.depth))
        }
        if let p0, let cue = cueToken(p0, at: before[0], or: p1, at: before.dropFirst().first, line: f.line) {
            if f.contentWords <= 3 && continues { return QuoteReading(kind: .term) }
            return QuoteReading(kind: .direct, cue: cue)
        }
        let cue = nearestCue(before, words, line: f.line, depth: f.depth)
        if let p0, lexicon.isListedNoun(p0.key, in: .namingNouns, keyTexts: keyTexts) {
            // `وقال رئيس الحزب «…»` is speech, `تنظيم «داعش» تبنى` a name.
            let sentenceFinal = n0.map { endsClause($0) } ?? true
            let speech = cue != nil && (f.contentWords >= 3 || (sentenceFinal && f.contentWords >= 2))
            return speech ? QuoteReading(kind: .direct, cue: cue) : QuoteReading(kind: .term)
        }
        if let cue {
            let clauseFinal = n0.map { !$0.isWord || isConjunction($0) } ?? true
            if f.titleCase && f.contentWords <= 6 && !clauseFinal { return QuoteReading(kind: .term) }
            // A single Arabic word in quotes within reported speech is a label (`رقم الحساب «الآيبان»`).
            let minimum = lexicon.language == .arabic ? 2 : 1
            if f.contentWords >= 3 || (clauseFinal && f.contentWords >= minimum) {
                return QuoteReading(kind: .direct, cue: cue)
            }
            return QuoteReading(kind: .term)
        }
        if let cue = cueAfter(f, after) { return QuoteReading(kind: .direct, cue: cue) }
        if f.titleCase { return QuoteReading(kind: .term) }
        if f.contentWords >= 6 || (f.contentWords >= 3 && f.speechEnding && f.startsLikeSentence) {
            return QuoteReading(kind: .direct)
        }
        return QuoteReading(kind: .term)
    }

    /// The quote this one is joined to by `و`, `and`, `or` or a comma, across parenthetical asides (`((it))`).
    private func coordinated(with before: [Int], _ words: [Word]) -> Int? {
        var position = 0
        guard position < before.count else { return nil }
        let joiner = words[before[position]]
        guard isConjunction(joiner) || joiner.key == .comma || joiner.key == .arabicComma else { return nil }
        position += 1
        var parentheses = 0
        while position < before.count {
            let word = words[before[position]]
            if word.key == .closingParenthesis {
                parentheses += 1
            } else if word.key == .openingParenthesis {
                parentheses -= 1
            } else if parentheses == 0 {
                guard word.kind == .quoteMark else { return nil }
                return quoteByClosing[word.range.lowerBound]
            }
            position += 1
        }
        return nil
    }

    /// A word right before the quote that makes it a name or a title: a preposition, a possessive,
    /// `كـ`/`لـ`/`بـ`, `باسم`, `called`; or, after `وصفه بـ` / `described as`, the source's own words.
    private func namingFrame(_ p0: Word, before: [Int], _ words: [Word], line: Int) -> QuoteReading? {
        let p1 = before.count > 1 ? words[before[1]] : nil
        switch lexicon.language {
        case .arabic:
            if p0.endsWithTatweel {
                let describingWord = before.dropFirst().prefix(6).first { words[$0].key.contains(.describingRoot, in: keyTexts) }
                if let describing = describingWord {
                    return QuoteReading(kind: .direct, cue: TokenRef(line: line, index: describing))
                }
                return QuoteReading(kind: .term)
            }
            if lexicon.isListedNoun(p0.key, in: .namingWords, keyTexts: keyTexts) { return QuoteReading(kind: .term) }
            if isPreposition(p0) {
                if let p1, Self.arabicCuePrepositions.contains(p0.key), p1.cue != nil {
                    return QuoteReading(kind: .direct, cue: TokenRef(line: line, index: before[1]))
                }
                return QuoteReading(kind: .term)
            }
        case .english:
            if p0.key == .to, p1?.key == .according {
                return QuoteReading(kind: .direct, cue: TokenRef(line: line, index: before[1]))
            }
            if p0.key == .`as` {
                if let describing = before.dropFirst().prefix(3).first(where: {
                    lexicon.isListed(words[$0].key, in: .describingVerbs)
                }) {
                    return QuoteReading(kind: .direct, cue: TokenRef(line: line, index: describing))
                }
                return QuoteReading(kind: .term)
            }
            if Self.englishCuePrepositions.contains(p0.key), let p1, p1.cue != nil {
                return QuoteReading(kind: .direct, cue: TokenRef(line: line, index: before[1]))
            }
            if isPreposition(p0) || lexicon.isListed(p0.key, in: .namingWords) || p0.key.hasSuffix(.possessiveEnding, in: keyTexts)
                || (p0.key == .apostrophe && p1?.key.hasSuffix(.pluralEnding, in: keyTexts) == true)
            {
                return QuoteReading(kind: .term)
            }
        }
        return nil
    }

    /// `أشار إلى «…»`: prepositions after which a quote is what the reporting word before them presents.
    private static let arabicCuePrepositions: WordSet = ["الي", "علي"]
    /// `called for "…"`, `warned of "…"`.
    private static let englishCuePrepositions: WordSet = ["for", "of", "about", "against"]

    /// `قال: «…»`, and a quote that opens a line after one ending in a colon.
    private func colonFrame(_ f: QuoteFrame, p0: Word?, p1: Word?) -> QuoteReading? {
        if let p0 {
            guard p0.key == .colon else { return nil }
            if let p1, lexicon.isListedNoun(p1.key, in: .namingWords, keyTexts: keyTexts) { return QuoteReading(kind: .term) }
            // `الوئام: «زولا» يصل …`: a word or two that the sentence goes on from is a name.
            if f.contentWords <= 2, let n0 = f.following(reach: 1).first.map({ f.closeWords[$0] }), n0.isWord,
                !isConjunction(n0)
            {
                return QuoteReading(kind: .term)
            }
            return QuoteReading(
                kind: .direct, cue: nearestCue(f.before(reach: Self.frameReach), f.words, line: f.line, depth: f.depth))
        }
        guard f.open == 0 || f.words[f.open - 1].depth < f.depth, f.depth == 0, f.line > 0 else { return nil }
        let previous = words(f.line - 1)
        guard let last = previous.last, last.key == .colon else { return nil }
        let floor = sentenceFloor(previous, line: f.line - 1, offset: last.range.lowerBound)
        let indices = Array(stride(from: previous.count - 1, through: floor, by: -1).prefix(Self.frameReach))
        return QuoteReading(kind: .direct, cue: nearestCue(indices, previous, line: f.line - 1, depth: 0))
    }

    /// The reporting word among `p0`, or among `p1` when `p0` is a comma (`said, "…"`).
    private func cueToken(_ p0: Word, at i0: Int, or p1: Word?, at i1: Int?, line: Int) -> TokenRef? {
        if p0.cue != nil { return TokenRef(line: line, index: i0) }
        if p0.key == .comma || p0.key == .arabicComma, let p1, let i1, p1.cue != nil { return TokenRef(line: line, index: i1) }
        return nil
    }

    /// The nearest reporting word before the quote in its clause (not past `;` or `؛`), words inside other
    /// quotes aside. A word with other meanings (`كشف`, `تابع`) counts only close to the quote (within two
    /// words, no punctuation between: not `كشف اسمه، «…»`) or with a complementizer or a colon between them.
    func nearestCue(_ before: [Int], _ words: [Word], line: Int, depth: Int) -> TokenRef? {
        var framed = false
        var punctuated = false
        for (distance, index) in before.enumerated() {
            let word = words[index]
            if word.depth > depth { continue }
            if Self.semicolons.contains(word.key) { return nil }
            if isComplementizer(word) || word.key == .colon { framed = true }
            if word.isPunctuation { punctuated = true }
            guard let (entry, _) = word.cue, !entry.needsFrame || framed || (distance < 3 && !punctuated) else {
                continue
            }
            if entry.kind == .sourcePreposition && lexicon.language == .english {
                guard index + 1 < words.count, words[index + 1].key == .to else { continue }
            }
            return TokenRef(line: line, index: index)
        }
        return nil
    }

    private static let semicolons: WordSet = [";", "؛"]

    /// A reporting word right after the quote: `"…," X said`, `«…»، قال`, `", according to X`, or a dash
    /// and a name (`"…" - Matthew Ingram`), which counts as the dash.
    private func cueAfter(_ f: QuoteFrame, _ after: [Int]) -> TokenRef? {
        var position = 0
        let words = f.closeWords
        while position < after.count, Self.commas.contains(words[after[position]].key) { position += 1 }
        guard position < after.count else { return nil }
        let first = words[after[position]]
        if Self.dashes.contains(first.key), position + 1 < after.count, words[after[position + 1]].isCapitalized,
            f.speechEnding
        {
            return TokenRef(line: f.closeLine, index: after[position])
        }
        // In English the words between the quote and the verb are its subject, set off by a comma
        // (`"…," Khaled Al-Maeena … said`), unless the verb comes first (`" said KCNA`).
        let setOff = position > 0 || f.speechEnding || first.cue != nil
        // A word or two before a verb is its subject (`«أم عبدالله» فتصف`), not its words.
        guard f.contentWords >= 3 else { return nil }
        let reach = lexicon.language == .arabic ? 1 : setOff ? 12 : 0
        for index in after[position...].prefix(reach) {
            let word = words[index]
            if word.kind == .quoteMark || endsClause(word) { return nil }
            if let (entry, _) = word.cue, entry.kind != .participle {
                if entry.kind == .sourcePreposition && lexicon.language == .english {
                    guard index + 1 < words.count, words[index + 1].key == .to else { continue }
                }
                return TokenRef(line: f.closeLine, index: index)
            }
        }
        return nil
    }
}

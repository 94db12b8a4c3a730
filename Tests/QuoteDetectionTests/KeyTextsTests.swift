import Testing

@testable import QuoteDetection

/// Word keys of real text, packed, one character or spelled in a ``KeyTexts`` table, compared and hashed
/// against their normalized texts.
@Suite struct KeyTextsTests {
    /// Words that do not pack, added to the real texts: long, with letters outside the packed ranges, and
    /// the extra verbs given to the lexicon (so spelled in its level).
    static let spelledWords = """
        المستشارالخاصللامم والمستشارالخاصللامم café CAFÉ گفت déclaré internationalization Internationalization \
        — « » “ ” internationalizations
        """
    static let extraVerbs = ["internationalization", "déclaré", "گفت"]

    @Test func wordsAreNowPlainValues() {
        #expect(_isPOD(WordKey.self))
        #expect(_isPOD(Word.self))
    }

    @Test(arguments: [
        ("seed", QuoteLanguage.arabic), ("ar-unclosed-nested.txt", .arabic), ("en-split-quote.txt", .english),
    ])
    func keysAreEqualExactlyWhenTheirTextsAre(name: String, language: QuoteLanguage) throws {
        let article = name == "seed" ? try QuoteTesting.seed() : try QuoteTesting.fixture(name)
        let text = article + "\n" + Self.spelledWords
        let lexicon = ReportingLexicon(language, extraVerbs: Self.extraVerbs)
        let keyTexts = KeyTexts(over: lexicon.spelledTexts)
        let units = Array(text.utf16)
        let words = units.withUnsafeBufferPointer {
            WordLexer.words(in: 0..<units.count, text: $0, keyTexts: keyTexts, lexicon: lexicon)
        }

        // Each word's normalized text, made on its own in a table of its own.
        let normalized = words.map { word in
            let own = KeyTexts()
            return WordLexer.key(String(decoding: units[word.range], as: UTF16.self), in: own).text(in: own)
        }
        var keyByText: [String: WordKey] = [:]
        for (word, text) in zip(words, normalized) {
            #expect(word.key.text(in: keyTexts) == text)
            let first = keyByText[text, default: word.key]
            keyByText[text] = first
            #expect(word.key == first, "\(text): one text, one key")
        }
        let distinctKeys = Set(keyByText.values.map { [$0.low, $0.high] })
        #expect(distinctKeys.count == keyByText.count, "two texts, two keys")

        // All three forms are read, and texts the lexicon spells get the lexicon's keys.
        #expect(words.contains { $0.key.isPacked })
        #expect(words.contains { !$0.key.isPacked && !$0.key.isSpelled })
        #expect(words.contains { $0.key.isSpelled && $0.key.spelledLevel == 1 })
        for (word, text) in zip(words, normalized) where Self.extraVerbs.contains(text) {
            #expect(word.key.isSpelled && word.key.spelledLevel == 0, "\(text)")
            #expect(lexicon.cue(word) != nil || word.isCapitalized, "\(text)")
        }

        // A table of every other text finds exactly those, under their keys made anew.
        let texts = keyByText.keys.sorted()
        var table = WordTable<Int>()
        for (index, text) in texts.enumerated() where index % 2 == 0 { table[keyByText[text]!] = index }
        for (index, text) in texts.enumerated() {
            #expect(table[keyTexts.key(normalized: text)] == (index % 2 == 0 ? index : nil), "\(text)")
        }
    }
}

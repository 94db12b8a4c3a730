import Testing

@testable import QuoteDetection

/// Packed word keys and the tables that look them up, checked against `String` and `Set` doing the same work.
@Suite struct WordKeyTests {
    /// Short and long, ASCII, Arabic, mixed and other scripts: keys that pack and keys that do not,
    /// on both sides of the 15-character limit.
    static let texts = [
        "", "a", "and", "said", "قال", "وقال", "الي", "والمسؤولين", "international", "abcdefghijklmno",
        "abcdefghijklmnop", "المستشارالخاصللامم", "café", "گفت", "«", "–", "日本語", "it's", "u.s", "٫", "ال",
        "الالالالالالالا", "aاb",
    ]

    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func keysBehaveAsTheirText() {
        let texts = KeyTexts()
        for text in Self.texts {
            let key = texts.key(normalized: text)
            #expect(key.text(in: texts) == text)
            #expect(key.scalarCount(in: texts) == text.unicodeScalars.count)
            #expect(key.firstScalar(in: texts) == text.unicodeScalars.first)
            #expect(key.isEmpty == text.isEmpty)
            for other in Self.texts {
                let otherKey = texts.key(normalized: other)
                let (a, b) = (Self.scalars(text), Self.scalars(other))
                #expect((key == otherKey) == (a == b), "\(text) == \(other)")
                #expect(key.hasPrefix(otherKey, in: texts) == a.starts(with: b), "\(text) hasPrefix \(other)")
                #expect(
                    key.hasSuffix(otherKey, in: texts) == a.reversed().starts(with: b.reversed()),
                    "\(text) hasSuffix \(other)")
                let contained = b.isEmpty || (0..<a.count).contains { a[$0...].starts(with: b) }
                #expect(key.contains(otherKey, in: texts) == contained, "\(text) contains \(other)")
            }
            for count in 0...(text.unicodeScalars.count + 1) {
                let dropped = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(count)))
                #expect(
                    key.droppingFirst(count, in: texts) == texts.key(normalized: dropped),
                    "\(text) droppingFirst \(count)")
            }
        }
    }

    /// A key made from the text's units by the lexer equals the one made from its normalized text,
    /// whichever way it is stored.
    @Test func lexedKeysEqualTextKeys() {
        for (word, normalized) in [
            ("وقَالَ", "وقال"), ("أكد", "اكد"), ("SAID", "said"), ("It’s", "it's"), ("Café", "café"),
            ("الـمسؤولين", "المسوولين"), ("INTERNATIONALIZATION", "internationalization"),
        ] {
            let texts = KeyTexts()
            #expect(WordLexer.key(word, in: texts) == texts.key(normalized: normalized), "\(word)")
        }
    }

    @Test func tableFindsWhatItHoldsAndNothingElse() {
        let texts = KeyTexts()
        var table = WordTable<Int>()
        var oracle: [String: Int] = [:]
        for (index, text) in Self.texts.enumerated() where index % 2 == 0 {
            table[texts.key(normalized: text)] = index
            oracle[text] = index
        }
        for i in 0..<500 {
            table[texts.key(normalized: "w\(i)")] = i
            oracle["w\(i)"] = i
        }
        #expect(table.count == oracle.count)
        for text in Self.texts + (0..<600).map({ "w\($0)" }) {
            #expect(table[texts.key(normalized: text)] == oracle[text], "\(text)")
        }
    }

    /// Every word of every list is found in its list, and words one letter off are found only when the list
    /// holds them too.
    @Test(arguments: QuoteLanguage.allCases)
    func everyLexiconEntryIsFound(language: QuoteLanguage) {
        let lexicon = ReportingLexicon(language)
        let texts = KeyTexts(over: lexicon.spelledTexts)
        let lists: any WordLists.Type = language == .arabic ? ArabicWords.self : EnglishWords.self
        let named: [(String, ReportingLexicon.Lists)] = [
            (lists.complementizers, .complementizers), (lists.prepositions, .prepositions),
            (lists.namingNouns, .namingNouns), (lists.namingWords, .namingWords),
            (lists.titles, .titles), (lists.constructTitles, .constructTitles),
            (lists.sourceNouns, .sourceNouns), (lists.stopWords, .stopWords),
            (lists.pronouns, .pronouns), (lists.determiners, .determiners),
        ]
        for (list, listed) in named {
            let words = list.split(whereSeparator: \.isWhitespace).map(String.init)
            let keys = Set(words.map { WordLexer.key($0, in: texts).text(in: texts) })
            for word in words {
                #expect(lexicon.isListed(WordLexer.key(word, in: texts), in: listed), "\(word)")
                for nearMiss in [word + "x", String(word.dropLast()), "ن" + word, String(word.dropFirst())] {
                    let key = WordLexer.key(nearMiss, in: texts)
                    #expect(lexicon.isListed(key, in: listed) == keys.contains(key.text(in: texts)), "\(nearMiss)")
                }
            }
        }
        let cueWords = (lists.verbs + " " + lists.framedVerbs + " " + lists.participles)
            .split(whereSeparator: \.isWhitespace)
        for word in cueWords {
            #expect(lexicon.cue(lexed(String(word), in: texts)) != nil, "\(word)")
            #expect(lexicon.cue(lexed(word + "zz", in: texts)) == nil, "\(word)zz")
        }
    }

    /// The first token of `text`.
    private func lexed(_ text: String, in texts: KeyTexts) -> Word {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { WordLexer.words(in: 0..<units.count, text: $0, keyTexts: texts)[0] }
    }
}

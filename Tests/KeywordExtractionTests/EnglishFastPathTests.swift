import Testing

@testable import KeywordExtraction

/// The English word analysis reads UTF-16 units and answers ASCII letters' case itself; these tests hold
/// each shortcut to the plain definition it replaces.
@Suite struct EnglishFastPathTests {
    /// Words the shortcuts must treat as the plain rules do: the English fixture's words, and words
    /// with accents, combining marks, surrogate pairs and apostrophes.
    static func words() throws -> [String] {
        let fixture = try TestText.fixture("english-news.txt")
        let split = fixture.split { !$0.isLetter && $0 != "'" && $0 != "-" }.map { String($0).lowercased() }
        return split + [
            "", "s", "2017", "1990s", "cafés", "naïve's", "re\u{301}sume\u{301}s", "policies", "series", "buses",
            "classes", "x's", "'s", "ies",
            "aies", "eies", "studies", "thesis", "virus", "boxes", "quizzes", "wishes", "rapidly", "family", "speed",
            "reduced", "agreed", "fully", "😀ably", "e\u{301}ably", "😀😀ed", "😀s", "😀😀😀ies", "s\u{301}",
            "ly\u{301}", "carefully", "e\u{301}ed",
            // Carriage return and line feed make one character: counted apart, the rules would differ here.
            "a\r\nely", "\r\nbs", "\r\nbed", "\r\n\r\nies",
        ]
    }

    @Test func stemmerMatchesTheRulesOnStrings() throws {
        for word in try Self.words() {
            let units = EnglishStemmer.Word(word)
            #expect(String(decoding: EnglishStemmer.stem(units), as: UTF16.self) == PlainRules.stem(word), "\(word)")
            #expect(EnglishStemmer.isAdverb(units) == PlainRules.isAdverb(word), "\(word)")
            #expect(EnglishStemmer.isPastParticiple(units) == PlainRules.isPastParticiple(word), "\(word)")
        }
    }

    @Test func letterCaseMatchesUnicodeProperties() {
        let scalars = (0..<0x600).compactMap(Unicode.Scalar.init) + ["Σ", "ς", "ǅ", "ʰ", "ا", "٣", "😀"]
        for scalar in scalars {
            let properties = scalar.properties
            let expected: WordAnalyzer.LetterCase =
                !properties.isAlphabetic ? .none
                : properties.isUppercase ? .upper : properties.isLowercase ? .lower : .uncased
            #expect(WordAnalyzer.letterCase(scalar) == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func asciiWordsLowerCaseAsStringsDo() throws {
        let fixture = try TestText.fixture("english-news.txt")
        var forms = fixture.split(separator: " ").map { Array($0.utf16) }.filter { $0.allSatisfy { $0 < 0x80 } }
        var generator = SystemRandomNumberGenerator()
        for length in 0..<20 {
            forms.append((0..<length).map { _ in UInt16.random(in: 0..<0x80, using: &generator) })
            forms.append((0..<length).map { _ in [0x0D, 0x0A, 0x41, 0x73][Int.random(in: 0..<4, using: &generator)] })
        }
        for form in forms {
            let ascii = WordAnalyzer.asciiLowerCased(form[...])
            let general = WordAnalyzer.unicodeLowerCased(form[...])
            let text = String(decoding: form, as: UTF16.self)
            #expect(ascii.word.units == general.word.units, "\(text)")
            #expect(ascii.word.characters == text.count, "\(text)")
            #expect(general.word.characters == text.count, "\(text)")
            #expect(ascii.casing == general.casing, "\(text)")
            #expect(ascii.scalarCount == general.scalarCount, "\(text)")
        }
    }
}

/// The stemmer's rules as first written, on `String`: the reference for the version on units.
private enum PlainRules {
    static func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        guard word.count > 3, word.hasSuffix("s") else { return word }
        if word.hasSuffix("ies") && !word.hasSuffix("eies") && !word.hasSuffix("aies") {
            return String(word.dropLast(3)) + "y"
        }
        if ["sses", "xes", "ches", "shes", "zzes"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("us") || word.hasSuffix("ss") || word.hasSuffix("is") { return word }
        return String(word.dropLast(1))
    }

    static func isAdverb(_ word: String) -> Bool {
        let endings = [
            "ally", "ously", "ively", "ently", "antly", "ably", "ibly", "fully", "lessly", "edly", "ingly", "arly",
            "arily", "ately", "ely", "ctly", "idly", "ckly", "ssly", "htly", "ptly",
        ]
        return word.count > 5 && endings.contains(where: word.hasSuffix)
    }

    static func isPastParticiple(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed")
    }
}

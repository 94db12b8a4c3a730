import Foundation
import Segmentation
import Testing
import Toolkit
@testable import Transliteration

/// The standard Buckwalter table, written out here independently of the plugin's own.
private let standardTable: [Unicode.Scalar: Unicode.Scalar] = Dictionary(
    uniqueKeysWithValues: zip(
        "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٱپچڤگ".unicodeScalars,
        "'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKauio~`{PJVG".unicodeScalars))

/// ASCII characters that some Buckwalter variant writes for an Arabic character.
private func isBuckwalterASCII(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || "'|>&<}*$_~{`".unicodeScalars.contains(scalar))
}

private let buckwalterSchemes = ["buckwalter", "buckwalter-safe", "buckwalter-xml"]

@Suite struct BuckwalterTests {
    @Test func seedWordsFollowTheStandardTable() throws {
        let aligned = try transliterate(TestData.seed, with: Transliterator(.scheme("buckwalter")))
        let source = Scalars(TestData.seed)
        let output = Scalars(aligned.text)
        // Buckwalter writes one code point for one, so a word's span in the source is its span in the output.
        #expect(output.count == source.count)
        for (word, expected) in [("الجزائر", "AljzA}r"), ("أخبار", ">xbAr"), ("مكافحة", "mkAfHp")] {
            let occurrences = spans(of: word, in: source)
            #expect(!occurrences.isEmpty, "\(word) is in the seed")
            for span in occurrences { #expect(output[span] == expected) }
        }
    }

    @Test func seedTokensAreAlignedToTheirSource() throws {
        let aligned = try transliterate(TestData.seed, with: Transliterator(.scheme("buckwalter"), unit: .token))
        try expectAligned(aligned, source: TestData.seed) { piece in
            try transliterate(piece, with: Transliterator(.scheme("buckwalter"))).text
        }
        let source = Scalars(TestData.seed)
        let output = Scalars(aligned.text)
        let algeria = aligned.segments.filter { source[$0.source] == "الجزائر" }
        #expect(algeria.count >= 3)
        for segment in algeria { #expect(output[segment.output] == "AljzA}r") }
    }

    private func spans(of word: String, in text: Scalars) -> [Span] {
        let needle = Array(word.unicodeScalars)
        return (0...(text.count - needle.count)).filter { start in
            text.scalars[start..<start + needle.count].elementsEqual(needle)
        }.map { Span(start: $0, end: $0 + needle.count) }
    }

    @Test func everySeedLetterAndDiacriticFollowsTheStandardTable() throws {
        let aligned = try transliterate(TestData.seed, with: Transliterator(.scheme("buckwalter")))
        var expected = String.UnicodeScalarView()
        expected.append(contentsOf: TestData.seed.unicodeScalars.map { standardTable[$0] ?? $0 })
        #expect(aligned.text == String(expected))
        // The seed really exercises the table: most of its letters, not a handful.
        let used = Set(TestData.seed.unicodeScalars.filter { standardTable[$0] != nil })
        #expect(used.count >= 30)
    }

    @Test func everyTableCharacterIsCoveredByEachVariant() throws {
        let vocalized = TestData.fixture("vocalized.txt")
        for scheme in buckwalterSchemes {
            let output = try transliterate(vocalized, with: Transliterator(.scheme(scheme))).text
            let leftover = output.unicodeScalars.filter { standardTable[$0] != nil }
            #expect(leftover.isEmpty, "\(scheme) leaves \(String(String.UnicodeScalarView(leftover)))")
        }
    }

    @Test func safeAndXMLVariantsAvoidTheirSpecialCharacters() throws {
        let text = TestData.fixture("vocalized.txt")
        let safe = try transliterate(text, with: Transliterator(.scheme("buckwalter-safe"))).text
        let xml = try transliterate(text, with: Transliterator(.scheme("buckwalter-xml"))).text
        let arabicFree = { (output: String) in output.unicodeScalars.filter { standardTable[$0] == nil } }
        #expect(!arabicFree(safe).contains { "'|>&<}*${`".unicodeScalars.contains($0) })
        #expect(!arabicFree(xml).contains { "<>&".unicodeScalars.contains($0) })
        #expect(safe.hasPrefix("bisomi Llla~ehi Llra~Homaeni"))
        #expect(xml.contains("{lra~Homa`ni"))
    }

    @Test(arguments: buckwalterSchemes)
    func roundTripIsExactOnFixtures(scheme: String) throws {
        try expectExactRoundTrip(scheme, over: TestData.fixtureTexts, fullyCheckedAtLeast: 3)
    }

    @Test(
        .enabled(if: TestData.hasNewsSample, "needs ../shared/data/corpus-ar/news-sample.jsonl"),
        arguments: buckwalterSchemes)
    func roundTripIsExactOnTheNewsSample(scheme: String) throws {
        // 178 of the 200 articles hold no ASCII letter or Buckwalter symbol, so they round-trip whole.
        try expectExactRoundTrip(scheme, over: TestData.newsSampleTexts, fullyCheckedAtLeast: 170)
    }

    /// Forward then reverse gives back the source: the whole text when it holds no ASCII
    /// character the scheme writes (those would turn into Arabic), and in any case every
    /// token with no ASCII character in it.
    private func expectExactRoundTrip(
        _ scheme: String, over texts: [(id: String, text: String)], fullyCheckedAtLeast minimum: Int
    ) throws {
        let forward = try Transliterator(.scheme(scheme), unit: .token)
        let backward = try Transliterator(.scheme(scheme), reverse: true, unit: .token)
        var fullyChecked = 0
        for (id, text) in texts {
            let aligned = try transliterate(text, with: forward)
            let source = Scalars(text)
            // Reverse only the tokens that were all non-ASCII, through the same aligned machinery.
            let arabicTokens = aligned.segments.filter { !source[$0.source].unicodeScalars.contains { $0.isASCII } }
            var reversedDocument = Document(id: id, text: aligned.text)
            reversedDocument[Tokens.self] = arabicTokens.map { Token(span: $0.output, kind: .word) }
            let reversed = try backward.transliterate(reversedDocument, context: StageContext())
            let reversedText = Scalars(reversed.text)
            for (original, back) in zip(arabicTokens, reversed.segments) {
                #expect(reversedText[back.output] == source[original.source], "\(scheme), \(id)")
            }
            if !text.unicodeScalars.contains(where: isBuckwalterASCII) {
                let whole = try transliterate(aligned.text, with: Transliterator(.scheme(scheme), reverse: true))
                #expect(whole.text == text, "\(scheme), \(id)")
                fullyChecked += 1
            }
        }
        #expect(fullyChecked >= minimum)
    }

    @Test func textOutsideTheTablePassesThroughAligned() throws {
        let mixed = TestData.fixture("mixed.txt")
        let stage = try Transliterator(.scheme("buckwalter"), unit: .token)
        let aligned = try transliterate(mixed, with: stage)
        try expectAligned(aligned, source: mixed) { piece in
            try transliterate(piece, with: Transliterator(.scheme("buckwalter"))).text
        }
        let source = Scalars(mixed)
        let output = Scalars(aligned.text)
        let unchanged = aligned.segments.filter { !source[$0.source].unicodeScalars.contains { standardTable[$0] != nil } }
        #expect(unchanged.count > 20)
        for segment in unchanged { #expect(output[segment.output] == source[segment.source]) }
        #expect(aligned.text.contains("Breaking 🔥: qAl wzyr"))
        #expect(aligned.text.contains("AlEA}lp 👨‍👩‍👧 fy"))
        #expect(aligned.text.contains("٢٠١٧/٣/١٥"))
        #expect(aligned.text.contains("$5 * 3 > 2 & <b>tag</b>"))
    }

    @Test func emptyTextGivesEmptyOutput() throws {
        for unit in TransliterationUnit.allCases {
            let aligned = try transliterate("", with: Transliterator(.scheme("buckwalter"), unit: unit))
            #expect(aligned.text.isEmpty)
            #expect(aligned.segments.isEmpty)
        }
    }
}

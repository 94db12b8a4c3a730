import Testing
import Toolkit
@testable import Transliteration

/// The compiled tables must give exactly what ICU's rule engine gives with the same rules.
@Suite struct CharacterMapTests {
    private static let characterMapSchemes = TransliterationScheme.shipped.filter(\.isCharacterMap).map(\.name)

    @Test func theBuckwalterSchemesAreTheOnesCompiled() {
        #expect(Self.characterMapSchemes == ["buckwalter", "buckwalter-safe", "buckwalter-xml"])
    }

    @Test(arguments: characterMapSchemes)
    func tableAgreesWithICUOnFixtures(scheme: String) throws {
        try expectAgreement(scheme, over: TestData.fixtureTexts.map(\.text) + [TestData.seed])
    }

    @Test(
        .enabled(if: TestData.hasNewsSample, "needs ../shared/data/corpus-ar/news-sample.jsonl"),
        arguments: characterMapSchemes)
    func tableAgreesWithICUOnTheNewsSample(scheme: String) throws {
        try expectAgreement(scheme, over: TestData.newsSampleTexts.map(\.text))
    }

    /// Both directions: Arabic text forward, and its transliteration (plus the raw text, ASCII and all) in reverse.
    private func expectAgreement(_ name: String, over texts: [String]) throws {
        let scheme = TransliterationScheme.named(name)!
        let spec = ICUTransformSpec.rules(name: name, text: scheme.rules, origin: name)
        for reverse in [false, true] {
            let table = try Transliterator(.scheme(name), reverse: reverse)
            let icu = try ICUTransliterator(spec, reverse: reverse)
            for text in texts {
                let input = reverse ? try icu.transform(text) + "\n" + text : text
                let fromTable = try transliterate(input, with: table).text
                #expect(fromTable == (try icu.transform(input)), "\(name), reverse: \(reverse)")
            }
        }
    }

    @Test func tableHandlesCharactersOfEveryUTF8Length() throws {
        // One, two, three and four bytes: ASCII, Arabic, Arabic presentation form, emoji.
        let text = "a ب ﻻ 😀 ة"
        let aligned = try transliterate(text, with: Transliterator(.scheme("buckwalter")))
        #expect(aligned.text == "a b ﻻ 😀 p")
        #expect(aligned.segments == [AlignedSegment(source: Span(start: 0, end: 9), output: Span(start: 0, end: 9))])
    }

    @Test func longReplacementsAndCharactersBeyondTwoBytesCompileToo() throws {
        let rules = "x > 'longer than four' ; \\uFEFB > lA ; \\U0001F600 > ':)' ; \\u0628 > ;"
        let icu = try ICUTransliterator(.rules(name: "test", text: rules, origin: "test"), reverse: false)
        let map = try CharacterMap(icu)
        let text = "x ﻻ 😀 ب 😎 é"
        let source = Array(text.utf8)
        let scalars = text.unicodeScalars.count
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: scalars * 4 * map.maximumExpansion + 4)
        defer { output.deallocate() }
        let result = source.withUnsafeBufferPointer { map.apply($0, scalars: scalars, into: output) }
        let mapped = String(decoding: UnsafeBufferPointer(start: output, count: result.written), as: UTF8.self)
        #expect(mapped == (try icu.transform(text)))
        #expect(mapped == "longer than four lA :)  😎 é")
        #expect(result.read == source.count)
        #expect(result.scalars == mapped.unicodeScalars.count)
    }
}

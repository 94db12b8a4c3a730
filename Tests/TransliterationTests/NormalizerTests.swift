import Testing
import Toolkit
@testable import Transliteration

@Suite struct NormalizerTests {
    @Test func allFoldingsTogether() throws {
        let normalizer = try TextNormalizer()
        #expect(try normalizer.normalize("أَخْبَارُ الجزائـــر ٢٠١٧ إلى مكتبة آمنة") == "اخبار الجزائر 2017 الي مكتبه امنه")
    }

    @Test(arguments: [
        ("diacritics", "كِتَابٌ", "كتاب"),
        ("tatweel", "جـمـيـل", "جميل"),
        ("alef", "أإآٱ", "اااا"),
        ("alef-maksura", "على", "علي"),
        ("teh-marbuta", "مدينة", "مدينه"),
        ("format-controls", "2016\u{200E}. \u{202B}Gold\u{202C}", "2016. Gold"),
        ("digits", "٢٠١٧ ۱۴۰۰", "2017 1400"),
    ])
    func eachFoldingAloneAndSwitchedOff(name: String, source: String, expected: String) throws {
        let folding = ArabicFoldings.named.first { $0.name == name }!.folding
        #expect(try TextNormalizer(form: .none, foldings: folding).normalize(source) == expected)
        #expect(try TextNormalizer(form: .none, foldings: ArabicFoldings.all.subtracting(folding)).normalize(source) != expected)
        #expect(try TextNormalizer(form: .none, foldings: []).normalize(source) == source)
    }

    @Test func formatFoldingKeepsEmojiJoinersAndVisibleSigns() throws {
        let family = "👨‍👩‍👧 \u{0600}١"
        #expect(try TextNormalizer(form: .nfc, foldings: .formatControls).normalize(family) == family)
    }

    @Test func unicodeForms() throws {
        // A decomposed é, a ligature, full-width letters, Arabic presentation forms (lam-alef, teh marbuta).
        let text = "e\u{301} ﬁ ＡＢ ﻻ ﺓ"
        #expect(try TextNormalizer(form: .nfc, foldings: []).normalize(text) == "é ﬁ ＡＢ ﻻ ﺓ")
        #expect(try TextNormalizer(form: .nfkc, foldings: []).normalize(text) == "é fi AB لا ة")
        // Foldings apply after normalization: the presentation form's teh marbuta folds too.
        #expect(try TextNormalizer(form: .nfkc, foldings: .all).normalize(text) == "é fi AB لا ه")
        #expect(try TextNormalizer(form: .nfkcCasefold, foldings: []).normalize("Ａb ß") == "ab ss")
    }

    @Test func segmentsAreTheChangedPiecesAndMapBack() throws {
        let normalizer = try TextNormalizer()
        for text in TestData.fixtureTexts.map(\.text) + [TestData.seed] {
            let aligned = try normalizer.normalize(Document(id: "t", text: text))
            try expectAligned(aligned, source: text) { try normalizer.normalize($0) }
            let source = Scalars(text)
            for segment in aligned.segments {
                #expect(source[segment.source] != Scalars(aligned.text)[segment.output])
                #expect(aligned.sourceSpan(ofOutput: segment.output) == segment.source || segment.output.isEmpty)
            }
        }
    }

    @Test func outputSpansMapBackToTheExactSourceText() throws {
        let text = "قال الوزيـــر: «الجزائرُ شريكٌ»."
        let aligned = try TextNormalizer().normalize(Document(id: "t", text: text))
        #expect(aligned.text == "قال الوزير: «الجزائر شريك».")
        let output = Scalars(aligned.text)
        let word = Span(start: 4, end: 10)
        #expect(output[word] == "الوزير")
        #expect(Scalars(text)[aligned.sourceSpan(ofOutput: word)] == "الوزيـــر")
        let quoted = Span(start: 13, end: 25)
        #expect(output[quoted] == "الجزائر شريك")
        #expect(Scalars(text)[aligned.sourceSpan(ofOutput: quoted)] == "الجزائرُ شريكٌ")
    }

    @Test func theStageAddsTheLayerAndRoundTripsItsOptions() throws {
        let registry = StageRegistry(plugins: [Transliteration.plugin])
        let config = try ChainConfig(parsing: "name: n\nstages:\n  - stage: normalize\n    form: nfc\n    digits: false\n")
        let chain = try registry.makeChain(config)
        let document = try chain.run(Document(id: "1", text: "مدينة ٢٠١٧"))
        #expect(document[NormalizedText.self]?.text == "مدينه ٢٠١٧")
        #expect(document[NormalizedText.self]?.scheme == "nfc+diacritics+tatweel+alef+alef-maksura+teh-marbuta+format-controls")
        let rebuilt = try registry.makeChain(ChainConfig(parsing: chain.configuration.yaml))
        #expect(rebuilt.configuration == chain.configuration)
    }

    @Test func longRunsOfMarksAndEmptyTextAreFine() throws {
        let normalizer = try TextNormalizer()
        #expect(try normalizer.normalize("") == "")
        let marks = "ب" + String(repeating: "\u{064E}\u{0651}", count: 50_000)
        #expect(try normalizer.normalize(marks) == "ب")
    }
}

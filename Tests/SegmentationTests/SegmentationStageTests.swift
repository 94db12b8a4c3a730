import Segmentation
import Testing
import Toolkit

struct SegmentationStageTests {
    private func run(_ text: String, language: String? = nil, @ChainBuilder _ stages: () -> [any Stage]) throws -> Document {
        try Chain(stages: stages()).run(Document(id: "t", text: text, language: language))
    }

    private func texts<L: Layer>(_ layer: L.Type, in document: Document) -> [String] where L.Value: Sequence, L.Value.Element: SpanAnnotation {
        document[layer]!.map { String(document[$0.span]) }
    }

    @Test func paragraphsSplitOnBlankLinesOfAnyKind() throws {
        let text = "First line\r\nstill first.\r\n\r\n  Second\n \u{00A0}\t\nThird\n\n\n"
        let document = try run(text) { ParagraphSegmenter() }
        #expect(texts(Paragraphs.self, in: document) == ["First line\r\nstill first.", "Second", "Third"])
    }

    @Test func paragraphsSplitOnEveryKindOfLineEnd() throws {
        // Lines longer than the eight units the line-end scan reads at a time, ends at odd offsets.
        let text = "A first paragraph, long enough\u{2029}\u{2029}Second one\rstill second\r\r"
            + "Third paragraph\u{85}\u{85}Fourth\u{2028}still fourth\n\r\nFifth"
        let document = try run(text) { ParagraphSegmenter() }
        #expect(
            texts(Paragraphs.self, in: document) == [
                "A first paragraph, long enough", "Second one\rstill second", "Third paragraph",
                "Fourth\u{2028}still fourth", "Fifth",
            ])
    }

    @Test func sentencesAreTrimmedOfNoBreakSpacesAndNeverEmpty() throws {
        let text = "\u{00A0} Hello there. \u{00A0}How are you?\n\n\u{00A0}\n"
        let document = try run(text, language: "en") { SentenceSegmenter() }
        #expect(texts(Sentences.self, in: document) == ["Hello there.", "How are you?"])
    }

    @Test func linesWithoutFinalPunctuationStaySeparate() throws {
        let document = try run("Headline without a stop\nThe body starts here. It goes on.") { SentenceSegmenter(locale: "en") }
        #expect(texts(Sentences.self, in: document) == ["Headline without a stop", "The body starts here.", "It goes on."])
    }

    @Test func explainRecordsWhyASentenceEnds() throws {
        let document = try run("A line\nA sentence. Another one.") { SentenceSegmenter(locale: "en", explain: true) }
        #expect(document[Sentences.self]!.map(\.reason) == ["icu: line break", "icu: sentence terminator", "icu: sentence terminator"])
    }

    @Test func arabicQuestionMarkAndFullStopEndSentences() throws {
        let document = try run("هل هذا صحيح؟ نعم. انتهى") { SentenceSegmenter(locale: "ar") }
        #expect(texts(Sentences.self, in: document) == ["هل هذا صحيح؟", "نعم.", "انتهى"])
    }

    @Test func tokenKinds() throws {
        let document = try run("Café costs $3.50, نعم ٢٠١٧! 👍🏽 👨‍👩‍👧") { Tokenizer() }
        let tokens = document[Tokens.self]!.map { (String(document[$0.span]), $0.kind) }
        #expect(tokens.map(\.0) == ["Café", "costs", "$", "3.50", ",", "نعم", "٢٠١٧", "!", "👍🏽", "👨‍👩‍👧"])
        #expect(tokens.map(\.1) == [.word, .word, .symbol, .number, .punctuation, .word, .number, .punctuation, .emoji, .emoji])
    }

    @Test func emptyAndWhiteSpaceOnlyTextsGiveEmptyLayers() throws {
        for text in ["", "   \n\n\u{00A0}\n"] {
            let document = try run(text) {
                ParagraphSegmenter()
                SentenceSegmenter()
                Tokenizer()
            }
            #expect(document[Paragraphs.self]!.isEmpty)
            #expect(document[Sentences.self]!.isEmpty)
            #expect(document[Tokens.self]!.isEmpty)
        }
    }

    @Test func spansStayOnCodePointsWithEmojiAndCombiningMarks() throws {
        let text = "e\u{301}motion 😀. Next 🇩🇿 line.\nمَرحَبًا 👋🏽."
        let document = try run(text) {
            SentenceSegmenter(locale: "en")
            Tokenizer()
        }
        #expect(texts(Sentences.self, in: document) == ["e\u{301}motion 😀.", "Next 🇩🇿 line.", "مَرحَبًا 👋🏽."])
        let scalars = Array(text.unicodeScalars)
        for token in document[Tokens.self]! {
            let slice = String(String.UnicodeScalarView(scalars[token.span.range]))
            #expect(slice == String(document[token.span]))
        }
    }

    @Test func tokensRequiredButNotProducedFailsWhenBuilt() {
        struct NeedsTokens: Stage {
            static let name = "needs-tokens"
            var requires: [any Layer.Type] { [Tokens.self] }
            var produces: [any Layer.Type] { [] }
            func process(_ document: inout Document, context: StageContext) {}
        }
        let registry = StageRegistry(plugins: [Segmentation.plugin])
        #expect {
            _ = try Chain(registry: registry) {
                SentenceSegmenter()
                NeedsTokens()
            }
        } throws: { error in
            String(describing: error) == "stage 2: stage 'needs-tokens' requires the layer 'tokens', which no earlier stage produces; add 'tokens' before 'needs-tokens'"
        }
    }

    @Test func unknownLocaleStillSegments() throws {
        let document = try run("One. Two.") { SentenceSegmenter(locale: "xx-nonsense") }
        #expect(document[Sentences.self]!.count == 2)
    }
}

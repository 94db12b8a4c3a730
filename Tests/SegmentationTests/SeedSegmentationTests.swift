import Segmentation
import Testing
import Toolkit

/// The `segment` chain on the seed article: the behaviour the core issue promises.
struct SeedSegmentationTests {
    let document: Document

    init() throws {
        let chain = try Chain {
            ParagraphSegmenter()
            SentenceSegmenter(locale: "ar")
            Tokenizer()
        }
        document = try chain.run(SeedArticle.document)
    }

    var sentences: [String] { document[Sentences.self]!.map { String(document[$0.span]) } }

    @Test func twentySixSentences() {
        #expect(sentences.count == 26)
        #expect(sentences.first == "أخبارأخبار عاجلةعربي")
        #expect(sentences[1] == "تحالف أمركي- جزائري لمكافحة الإرهاب فى الساحل")
        #expect(Array(sentences.suffix(5)) == [
            "مواضيع مشابهة",
            "أضف تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني.",
            "الحقول الإلزامية مشار إليها بـ *",
            "Back to top button",
        ])
    }

    @Test func eachParagraphOfTheBodyIsOneSentence() {
        let paragraphs = document[Paragraphs.self]!.map { String(document[$0.span]) }
        #expect(paragraphs.count == 25)
        // Every paragraph but the comment-form line is exactly one sentence.
        let sentenceSet = Set(sentences)
        let split = paragraphs.filter { !sentenceSet.contains($0) }
        #expect(split == ["لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"])
    }

    @Test func noSentenceCrossesALineBreakOrHasOuterWhiteSpace() {
        for sentence in sentences {
            #expect(!sentence.contains("\n"))
            #expect(sentence.first?.isWhitespace == false && sentence.last?.isWhitespace == false)
        }
    }

    @Test func closingQuoteBeforeFullStopStaysInItsSentence() {
        let quoted = sentences.filter { $0.contains("”.") }
        #expect(quoted.count == 8)
        for sentence in quoted { #expect(sentence.hasSuffix("”.")) }
        #expect(!sentences.contains { $0.hasPrefix("”") || $0.hasPrefix(".") })
    }

    @Test func tokensAreInsideTheTextAndNeverWhiteSpace() {
        let tokens = document[Tokens.self]!
        #expect(tokens.count > 600)
        for token in tokens {
            #expect(token.span.end <= document.scalarCount)
            #expect(!document[token.span].contains { $0.isWhitespace })
        }
        let texts = tokens.map { String(document[$0.span]) }
        #expect(texts.contains("الجزائر"))
        #expect(tokens.first { document[$0.span] == "2017" }?.kind == .number)
        #expect(tokens.first { document[$0.span] == "،" }?.kind == .punctuation)
        #expect(tokens.first { document[$0.span] == "*" }?.kind == .punctuation)
    }
}

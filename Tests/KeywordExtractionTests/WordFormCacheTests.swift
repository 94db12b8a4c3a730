import Segmentation
import Testing
import Toolkit

@testable import KeywordExtraction

/// A worker keeps what it learnt of word forms between documents (``WordFormCache``): that must
/// not change any document's keywords, and must not grow without bound.
@Suite struct WordFormCacheTests {
    /// `مالي` on its own makes `ومالي` and `بمالي` its clitic forms; `الوزير` makes `وزير` a known stem.
    static let first = """
        زار الرئيس مالي أمس. وقال الوزير إن مالي تواجه تحديات. واستقبل الوزير وفد مالي في العاصمة.
        """
    /// Without `مالي` or `الوزير` here, `ومالي` keeps its `و` and `وزير` is taken as `و` + `زير`.
    static let second = """
        وصل وزير الخارجية إلى ومالي صباحا. وناقش وزير الخارجية مع ومالي ملف الحدود. وزير الخارجية متفائل.
        """

    private func chain() throws -> Chain {
        try Chain {
            ParagraphSegmenter()
            SentenceSegmenter()
            Tokenizer()
            KeywordExtractor(top: 20)
        }
    }

    private func keywords(_ text: String, chain: Chain, context: StageContext) throws -> [Keyword] {
        var document = Document(id: "test", text: text, language: "ar")
        try chain.process(&document, context: context)
        return document[Keywords.self] ?? []
    }

    @Test func keywordsDoNotDependOnTheDocumentsAWorkerSawBefore() throws {
        let chain = try chain()
        let alone = try keywords(Self.second, chain: chain, context: StageContext())
        let shared = StageContext()
        _ = try keywords(Self.first, chain: chain, context: shared)
        let afterFirst = try keywords(Self.second, chain: chain, context: shared)
        #expect(afterFirst == alone)
        // What the first document attests does not strip the second's clitics.
        #expect(alone.contains { $0.key == "ومالي" }, "\(alone.map(\.key))")

        let firstAlone = try keywords(Self.first, chain: chain, context: StageContext())
        #expect(try keywords(Self.first, chain: chain, context: shared) == firstAlone)
        #expect(firstAlone.contains { $0.key == "مالي" && $0.count == 3 }, "\(firstAlone.map(\.key))")
    }

    @Test func theAnalysisOfAFormDependsOnItsDocumentOnly() {
        var cache = WordFormCache(addedStopWords: InternTable())
        let analyzer = WordAnalyzer(languages: [.ar])
        /// Each word's key, and whether it opens a phrase, in a document of those words.
        func analyses(_ words: [String]) -> [(key: String, opensPhrase: Bool)] {
            cache.startDocument()
            let forms = words.map { word in Array(word.utf16).withUnsafeBufferPointer { Int(cache.form($0).form) } }
            let (analyses, keys) = analyzer.analyze(&cache)
            return forms.map {
                (String(decoding: keys[Int(analyses[$0].term)], as: UTF16.self), analyses[$0].opensPhrase)
            }
        }
        let first = analyses(["مالي", "ومالي", "الوزير", "وزير"])
        #expect(first.map(\.key) == ["مالي", "مالي", "وزير", "وزير"])
        #expect(!first[3].opensPhrase)
        let second = analyses(["ومالي", "وزير"])
        #expect(second.map(\.key) == ["ومالي", "وزير"])
        #expect(second[1].opensPhrase)
    }

    @Test func theCacheIsEmptiedWhenFull() {
        let limit = 100
        var cache = WordFormCache(addedStopWords: InternTable(), limit: limit)
        let analyzer = WordAnalyzer(languages: [.ar, .en])
        let fresh = analysis(of: ["والجزائر", "الجزائر", "Attacks"])
        for document in 0..<50 {
            cache.startDocument()
            #expect(cache.surfaceCount < limit)
            var words = (0..<9).map { "كلمة\(document)x\($0)" }
            words += ["والجزائر", "الجزائر", "Attacks"]
            let forms = words.map { word in Array(word.utf16).withUnsafeBufferPointer { Int(cache.form($0).form) } }
            let (analyses, keys) = analyzer.analyze(&cache)
            for (index, expected) in fresh.enumerated() {
                let analysis = analyses[forms[9 + index]]
                #expect(String(decoding: keys[Int(analysis.term)], as: UTF16.self) == expected.key)
                #expect(analysis.displayDrop == expected.form.displayDrop && analysis.isStop == expected.form.isStop)
            }
        }
        #expect(cache.surfaceCount >= 12)
    }
}

import Segmentation
import Testing
import Toolkit
@testable import Transliteration

/// Transforms by ICU ID and user rules, per unit, and the per-worker ICU handles.
@Suite struct ICUTransformTests {
    @Test func compoundIDGivesASCII() throws {
        let aligned = try transliterate("مرحبا Zürich", with: Transliterator(.id("Any-Latin; Latin-ASCII")))
        #expect(aligned.text == "mrhba Zurich")
        #expect(aligned.scheme == "Any-Latin; Latin-ASCII")
    }

    @Test func filteredIDLeavesTheRestAlone() throws {
        let stage = try Transliterator(.id("[:Arabic:] Any-Latin"), unit: .token)
        let mixed = TestData.fixture("mixed.txt")
        let aligned = try transliterate(mixed, with: stage)
        #expect(aligned.text.hasPrefix("Breaking 🔥: qạl wzyr ạlkẖạrjyẗ Ahmed Salem"))
        try expectAligned(aligned, source: mixed) { piece in
            try transliterate(piece, with: Transliterator(.id("[:Arabic:] Any-Latin"))).text
        }
    }

    @Test(arguments: [TransliterationUnit.token, .sentence, .document])
    func everyUnitIsAlignedOnTheSeed(unit: TransliterationUnit) throws {
        let aligned = try transliterate(TestData.seed, with: Transliterator(.id("Arabic-Latin"), unit: unit))
        try expectAligned(aligned, source: TestData.seed) { piece in
            try transliterate(piece, with: Transliterator(.id("Arabic-Latin"))).text
        }
        switch unit {
        case .document: #expect(aligned.segments.count == 1)
        case .sentence: #expect(aligned.segments.count > 20)
        case .token: #expect(aligned.segments.count > 500)
        }
    }

    @Test func icuTransformsSayTheirChainsDoNotRunInParallelThreads() throws {
        // ICU's rule-based transliterators hold one process-wide mutex for every call.
        #expect(try !Transliterator(.id("Arabic-Latin")).runsInParallelThreads)
        #expect(try !Transliterator(.rules("a > b;")).runsInParallelThreads)
        #expect(try !Transliterator(.scheme("arabic-simple")).runsInParallelThreads)
        // The Buckwalter schemes run from a compiled table, without ICU.
        #expect(try Transliterator(.scheme("buckwalter")).runsInParallelThreads)
        let table = try Transliterator(.scheme("buckwalter-xml"))
        let icu = try Transliterator(.id("Any-Latin; Latin-ASCII"))
        #expect(try Chain { Tokenizer(); table }.runsInParallelThreads)
        #expect(try !Chain { Tokenizer(); icu }.runsInParallelThreads)
    }

    @Test func reverseIDRunsTheInverse() throws {
        let latin = try transliterate("مرحبا", with: Transliterator(.id("Arabic-Latin"))).text
        let back = try transliterate(latin, with: Transliterator(.id("Arabic-Latin"), reverse: true))
        #expect(back.text == "مرحبا")
        #expect(back.scheme == "Arabic-Latin (reverse)")
    }

    @Test func userRulesRunOnICU() throws {
        let stage = try Transliterator(.rules(TestData.fixture("custom-rules.txt")), unit: .token)
        let aligned = try transliterate("قال سلام 😀 Salaam", with: stage)
        #expect(aligned.text == "قAL SLAM 😀 Salaam")
    }

    @Test func anOutputLongerThanTheBufferGrowsIt() throws {
        // Each character becomes 40: far more than the buffer's first 256 units.
        let rules = "a > '" + String(repeating: "x", count: 40) + "' ;"
        let text = String(repeating: "a", count: 500)
        let aligned = try transliterate(text, with: Transliterator(.rules(rules)))
        #expect(aligned.text == String(repeating: "x", count: 20_000))
        // By token the buffer grows in the middle of the output, which must keep what it holds.
        let byToken = try transliterate("b aa b " + text + " b", with: Transliterator(.rules(rules), unit: .token))
        let x = { String(repeating: "x", count: $0) }
        #expect(byToken.text == "b " + x(80) + " b " + x(20_000) + " b")
        #expect(byToken.segments.map(\.output.end) == [1, 82, 84, 20_085, 20_087])
    }

    @Test func emptyOrBlankTextThroughICUGivesItBack() throws {
        for unit in TransliterationUnit.allCases {
            for text in ["", "  \n "] {
                let aligned = try transliterate(text, with: Transliterator(.id("Arabic-Latin"), unit: unit))
                #expect(aligned.text == text)
                #expect(aligned.segments.allSatisfy { $0.source.isEmpty == false })
            }
        }
    }

    @Test func eachUnitIsATextOfItsOwn() throws {
        // The output before a unit is no context for its rules: `b` after a space is `X` only within one unit.
        let rules = "' ' { b > X ; b > Y ;"
        #expect(try transliterate("a b", with: Transliterator(.rules(rules))).text == "a X")
        #expect(try transliterate("a b", with: Transliterator(.rules(rules), unit: .token)).text == "a Y")
    }

    @Test func oneHandlePerWorkerReusedAndClosedOnRelease() throws {
        let stage = try Transliterator(.id("Arabic-Latin"))
        let context = StageContext()
        var document = Document(id: "1", text: "مرحبا")
        try stage.process(&document, context: context)
        weak let handle = context.resource(ICUTransliterator.self, named: "") { fatalError("the stage opened none") }
        #expect(handle != nil)
        for id in 2...5 {
            var next = Document(id: "\(id)", text: "سلام")
            try stage.process(&next, context: context)
            #expect(context.resource(ICUTransliterator.self, named: "") { fatalError("the stage lost its handle") } === handle)
        }
        // Another worker gets its own handle.
        let other = StageContext()
        try stage.process(&document, context: other)
        #expect(other.resource(ICUTransliterator.self, named: "") { fatalError("none") } !== handle)
        context.releaseResources()
        #expect(handle == nil)
    }

    @Test func concurrentWorkersGiveTheSameResultsAsOne() throws {
        let transliterator = try Transliterator(.id("Any-Latin; Latin-ASCII"), unit: .token)
        let chain = try Chain {
            Tokenizer()
            transliterator
        }
        let documents = (TestData.fixtureTexts + [("seed", TestData.seed)]).flatMap { id, text in
            (0..<4).map { Document(id: "\(id)-\($0)", text: text) }
        }
        let alone = chain.run(documents, jobs: 1).map { try? $0.get()[TransliteratedText.self] }
        let together = chain.run(documents, jobs: 3).map { try? $0.get()[TransliteratedText.self] }
        #expect(alone.allSatisfy { $0 != nil })
        #expect(alone == together)
    }
}

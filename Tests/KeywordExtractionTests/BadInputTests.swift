import Testing
import Toolkit

@testable import KeywordExtraction

/// Odd but expected input: each gives a valid, possibly empty, result.
@Suite struct BadInputTests {
    @Test(arguments: ["", "   \n\n  ", "... 123 !!! 4.5 -- ؟؟", "في من على إلى the of and to in"])
    func noContentWordsGiveNoKeywords(text: String) throws {
        #expect(try keywords(in: text).isEmpty)
    }

    @Test func oneHundredThousandCharacterWord() throws {
        let word = String(repeating: "ب", count: 100_000)
        let found = try keywords(in: "نص " + word + " نص")
        #expect(found.contains { $0.occurrences.contains { $0.contains(Span(start: 3, end: 100_003)) } })
        #expect(found.count <= 3)
        #expect(try keywords(in: String(repeating: "a", count: 100_000)).count == 1)
    }

    @Test func oneHundredThousandRepetitions() throws {
        let text = Array(repeating: "الجزائر", count: 100_000).joined(separator: " ")
        let found = try keywords(in: text)
        #expect(found.count == 1)
        #expect(found.first?.text == "الجزائر")
        #expect(found.first?.count == 100_000)
    }

    @Test func documentWithoutTokensOrSentences() {
        // Called directly, without the layers a chain guarantees.
        #expect(KeywordExtractor().keywords(in: Document(id: "bare", text: "Some text here.")).isEmpty)
    }
}

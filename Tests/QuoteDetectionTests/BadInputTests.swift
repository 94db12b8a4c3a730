import QuoteDetection
import Testing
import Toolkit

/// Input that breaks every rule finishes with sensible output. The stage's cost is linear in the text's
/// length; these tests check the output, and the benchmark measures the time (see the README).
@Suite struct BadInputTests {
    @Test func emptyAndMarkOnlyTexts() throws {
        for text in ["", " ", "\n\n", "«", "»", "\"", "'", "“”", "« »"] {
            let (document, quotes) = try QuoteTesting.quotes(text)
            #expect(quotes.allSatisfy { !document.content($0).isEmpty })
        }
    }

    /// 100,000 opening marks that never close: no quote is closed and none reaches over another mark.
    @Test func hundredThousandUnmatchedOpeningMarks() throws {
        let text = Array(repeating: "كلمة «", count: 100_000).joined(separator: " ")
        let (document, quotes) = try QuoteTesting.quotes(text, language: "ar")
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { !$0.closed })
        #expect(quotes.allSatisfy { !document.content($0).contains("«") || $0.marks.end == document.scalarCount })
    }

    /// 100,000 closing marks with no opening one: no closed quote either, and every content stays
    /// between two marks.
    @Test func hundredThousandUnmatchedClosingMarks() throws {
        let text = Array(repeating: "word\"", count: 100_000).joined(separator: " ")
        let (document, quotes) = try QuoteTesting.quotes(text, language: "en")
        #expect(quotes.allSatisfy { !$0.closed && !document.content($0).contains("\"") })
    }

    /// A 10 MB document that opens a quote in its first line and never closes it: one quote, open, ending
    /// with that paragraph; or with the text, when the whole text is one paragraph.
    @Test func tenMegabytesWithAQuoteThatNeverCloses() throws {
        let filler = String(
            repeating: "وأضاف المتحدث أن الاجتماع سيعقد غدا في العاصمة لبحث الملفات العالقة. ", count: 1_000)
        let paragraphs = Array(repeating: filler, count: 80).joined(separator: "\n\n")
        let text = "وقال المتحدث: «بداية كلام لا ينتهي\n\n" + paragraphs
        #expect(text.utf8.count > 10_000_000)
        let (document, quotes) = try QuoteTesting.quotes(text, language: "ar")
        #expect(quotes.count == 1)
        #expect(quotes.first.map { document.content($0) } == "بداية كلام لا ينتهي")
        #expect(quotes.first?.closed == false)

        let oneParagraph = "قال: «بداية " + String(repeating: "كلام بلا نهاية ", count: 700_000) + "آخر"
        let (long, longQuotes) = try QuoteTesting.quotes(oneParagraph, language: "ar")
        #expect(longQuotes.count == 1)
        #expect(longQuotes.first?.content.end == long.scalarCount)
    }

    /// Quotes inside quotes ten levels deep: ten quotes, each inside the one before.
    @Test(arguments: [("«", "»"), ("“", "”")])
    func quotesTenLevelsDeep(open: String, close: String) throws {
        let words = (1...10).map { "كلمة\($0)" }
        let text = "قال: " + words.map { open + $0 }.joined(separator: " ") + String(repeating: close, count: 10) + "."
        let (document, quotes) = try QuoteTesting.quotes(text, language: "ar")
        #expect(quotes.count == 10)
        #expect(quotes.allSatisfy { $0.closed })
        for (outer, inner) in zip(quotes, quotes.dropFirst()) {
            #expect(outer.content.contains(inner.marks))
        }
        #expect(quotes.last.map { document.content($0) } == "كلمة10")
    }

    @Test func alternatingMarksTenLevelsDeep() throws {
        let pairs = [("“", "”"), ("‘", "’")]
        var text = "He said " + (0..<10).map { pairs[$0 % 2].0 + "level\($0)" }.joined(separator: " ")
        for level in (0..<10).reversed() { text += pairs[level % 2].1 }
        let (_, quotes) = try QuoteTesting.quotes(text + ".", language: "en")
        #expect(quotes.count == 10)
        for (outer, inner) in zip(quotes, quotes.dropFirst()) { #expect(outer.content.contains(inner.marks)) }
    }
}

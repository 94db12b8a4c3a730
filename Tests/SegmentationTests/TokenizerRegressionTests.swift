import Segmentation
import Testing
import Toolkit

/// Tokens that once lost visible characters or kept white space; found by the property tests.
struct TokenizerRegressionTests {
    private func tokens(_ text: String) throws -> [String] {
        let document = try Chain { Tokenizer() }.run(Document(id: "t", text: text))
        return document[Tokens.self]!.map { "\(document[$0.span])/\($0.kind.rawValue)" }
    }

    /// ICU's word rules attach joiners, marks and emoji modifiers to a space before them; the
    /// whole segment started with white space and was dropped, taking the emoji with it. The
    /// joiner or bidi mark that followed the space goes with the space.
    @Test func emojiAfterASpaceAndAJoinerIsKept() throws {
        #expect(try tokens("a \u{200D}👩 b \u{200E}") == ["a/word", "👩/emoji", "b/word"])
        #expect(try tokens("\u{200D}👩") == ["\u{200D}👩/emoji"])
        #expect(try tokens("ok 🏽") == ["ok/word", "🏽/symbol"])
        #expect(try tokens("x \u{301}") == ["x/word", "\u{301}/word"])
    }

    /// ICU counts U+202F (narrow no-break space) as part of a word, so tokens began or ended with it.
    @Test func narrowNoBreakSpaceIsNotPartOfAToken() throws {
        #expect(try tokens("قال\u{202F} آمين \u{202F}نعم") == ["قال/word", "آمين/word", "نعم/word"])
    }
}

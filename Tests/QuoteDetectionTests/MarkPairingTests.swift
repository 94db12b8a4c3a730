import QuoteDetection
import Testing
import Toolkit

/// How quotation marks pair: every pair style, straight marks read from their neighbours, and the ways
/// real news breaks the rules.
@Suite struct MarkPairingTests {
    /// The contents of the quotes found in `text`.
    func contents(_ text: String, language: String = "en", detector: QuoteDetector = QuoteDetector()) throws -> [String]
    {
        let (document, quotes) = try QuoteTesting.quotes(text, language: language, detector: detector)
        return quotes.map { document.content($0) }
    }

    @Test(arguments: [
        ("He wrote “yes” and ‘no’ then.", ["yes", "no"]),
        ("قال «نعم» و‹لا› ثم غادر.", ["نعم", "لا"]),
        ("Er sagte „ja“ und ‚nein‘ dann.", ["ja", "nein"]),
        ("彼は「はい」と『いいえ』を言った。", ["はい", "いいえ"]),
        ("He said ``this is it\" and left.", ["this is it"]),
        ("The sign read “closed″ all day.", ["closed"]),
    ])
    func everyPairStyle(text: String, expected: [String]) throws {
        #expect(try contents(text) == expected)
    }

    @Test func straightMarksPairByContext() throws {
        #expect(try contents(#"He said "yes" and then "no" twice."#) == ["yes", "no"])
        #expect(try contents(#"'Hello,' she said."#) == ["Hello,"])
    }

    @Test func apostrophesAreNotQuotes() throws {
        #expect(try contents("It's the members' bills, don’t forget the '90s and the 'scopes.").isEmpty)
        #expect(try contents("He is 5'11\" tall and 12″ wide.").isEmpty)
    }

    /// `," For example …"`: a mark that looks like a closer opens when nothing is open and one closes later.
    @Test func openingMarkThatLooksLikeAClosingOne() throws {
        let text =
            #"Kits would be sent to schools and communities," For example, schools can run their own votes". People came."#
        #expect(try contents(text) == ["For example, schools can run their own votes"])
    }

    @Test func mismatchedPairs() throws {
        #expect(try contents("قال “نحن هنا“ ثم غادر.", language: "ar") == ["نحن هنا"])
        #expect(try contents("قال بأن ” نحن هنا” ثم غادر.", language: "ar") == ["نحن هنا"])
        #expect(try contents(#"She asked 'are you coming?" and left."#) == ["are you coming?"])
    }

    @Test func missingClosingMarkEndsTheQuoteAtItsParagraph() throws {
        let text = "قال المتحدث: «نحن هنا لنبقى.\n\nوفي سياق آخر، أعلن تنظيم «داعش» مسؤوليته."
        let (document, quotes) = try QuoteTesting.quotes(text, language: "ar")
        #expect(quotes.map { document.content($0) } == ["نحن هنا لنبقى.", "داعش"])
        #expect(quotes.map(\.closed) == [false, true])
        #expect(quotes[0].marks.end == quotes[0].content.end)
    }

    /// One missing mark costs one quote; the pairs after it stay as they are.
    @Test func oneMissingMarkDoesNotShiftTheRest() throws {
        let guillemets = try contents("قال «أولا ثم «ثانيا» و«ثالثا» و«رابعا».\nوقال «خامسا» و«سادسا».", language: "ar")
        #expect(guillemets.suffix(5) == ["ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا"])
        let straight = try contents(#"He said "one missing here. Then "two" and "three" and "four" came."#)
        #expect(straight.suffix(3) == ["two", "three", "four"])
        let closers = try contents(#"No opening here". Then "two" and "three" came."#)
        #expect(closers.suffix(2) == ["two", "three"])
    }

    @Test func nestedQuotesStayInside() throws {
        let (document, quotes) = try QuoteTesting.quotes("قال الوزير: «إن “الحل” ممكن الآن».", language: "ar")
        #expect(quotes.map { document.content($0) } == ["إن “الحل” ممكن الآن", "الحل"])
        #expect(quotes[0].content.contains(quotes[1].marks))
    }

    /// English style: a paragraph ends inside a quote and the next one reopens it; one quote a paragraph.
    @Test func paragraphsThatReopenTheQuote() throws {
        let text = "\"This is the first paragraph of my remarks.\n\n\"And this is the second one,\" he said."
        let (document, quotes) = try QuoteTesting.quotes(text, language: "en")
        #expect(
            quotes.map { document.content($0) } == [
                "This is the first paragraph of my remarks.", "And this is the second one,",
            ])
        #expect(quotes.map(\.closed) == [false, true])
    }

    /// A quote whose closing mark is in a later paragraph, with no mark reopening it, is one quote.
    @Test func quoteOverSeveralParagraphs() throws {
        let text = "قال الوزير: «الجزء الأول من الكلام.\n\nوالجزء الثاني منه» ثم غادر القاعة."
        let (document, quotes) = try QuoteTesting.quotes(text, language: "ar")
        #expect(quotes.count == 1)
        #expect(quotes.first.map { document.content($0) } == "الجزء الأول من الكلام.\n\nوالجزء الثاني منه")
        #expect(quotes.first?.closed == true)
    }

    /// `(also known as "Wild 2) in deep space`: an unclosed quote stops at the bracket it sits in.
    @Test func unclosedQuoteStopsAtTheEnclosingBracket() throws {
        #expect(try contents(#"A comet (also known as "Wild 2) was visited in deep space."#) == ["Wild 2"])
    }

    @Test func marksOptionChoosesThePairs() throws {
        let detector = QuoteDetector(marks: [.guillemets])
        #expect(try contents(#"قال "أولا" ثم «ثانيا» و“ثالثا”."#, language: "ar", detector: detector) == ["ثانيا"])
    }
}

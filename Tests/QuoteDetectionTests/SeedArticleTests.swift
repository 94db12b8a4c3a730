import QuoteDetection
import Testing
import Toolkit

/// The expectations of issue 9 on the seed article, one test each.
@Suite struct SeedArticleTests {
    let document: Document
    let quotes: [Quote]

    init() throws {
        (document, quotes) = try QuoteTesting.quotes(try QuoteTesting.seed())
    }

    /// The eight direct quotes with their marks in place, as (content prefix, speaker, cue).
    static let direct: [(String, String, String?)] = [
        ("للجزائر مكانة مهمة", "باترسون", "صرح"),
        ("حوارا استراتيجيا يجري حاليا", "مصدر أمني جزائري", "قوله"),
        ("الفترة بين سبتمبر", "المصدر", "أضاف"),
        ("وجود مشاورات واتصالات سرية", "مصدر أمني جزائري", "أكد"),
        ("الجزائر تتجه نحو المزيد", "المصدر", "تابع"),
        ("واشنطن أبلغت الجزائر قلقها", "المصدر", "أوضح"),
        ("واشنطن طلبت من الحكومة", "المصدر", "أضاف"),
        ("وأشنطن أبلغت الجزائر، عبر قنوات", "المصدر الأمني", "زاد"),
    ]

    @Test func eightClosedDirectQuotesInOrder() {
        let closedDirect = quotes.filter { $0.kind == .direct && $0.closed }
        #expect(closedDirect.map { String(document.content($0).prefix(40)) }.count == 8)
        for (quote, (prefix, _, _)) in zip(closedDirect, Self.direct) {
            #expect(document.content(quote).hasPrefix(prefix))
        }
    }

    @Test(arguments: direct)
    func speakerAndCue(prefix: String, speaker: String, cue: String?) throws {
        let quote = try #require(quotes.starting(with: prefix, in: document))
        #expect(quote.kind == .direct)
        #expect(quote.closed)
        #expect(quote.speaker?.text == speaker)
        #expect(quote.cue?.text == cue)
        if let mention = quote.speaker { #expect(String(document[mention.span]) == mention.text) }
    }

    @Test func twoTermQuotes() {
        let terms = quotes.filter { $0.kind == .term }.map { document.content($0) }
        #expect(terms == ["نصرة الإسلام والمسلمين", "القاعدة"])
        #expect(quotes.filter { $0.kind == .term }.allSatisfy { $0.speaker == nil && $0.cue == nil })
    }

    @Test func relayedWordsBelongToTheSourceNotTheAgency() throws {
        for prefix in ["حوارا استراتيجيا", "وجود مشاورات"] {
            let quote = try #require(quotes.starting(with: prefix, in: document))
            #expect(quote.speaker?.text == "مصدر أمني جزائري")
            #expect(quote.speaker?.text.contains("وكالة") == false)
        }
    }

    @Test func droppedSubjectsResolveToTheSourceInThePreviousParagraph() throws {
        let paragraphs = try #require(document[Paragraphs.self])
        for prefix in ["واشنطن أبلغت الجزائر قلقها", "واشنطن طلبت من الحكومة"] {
            let quote = try #require(quotes.starting(with: prefix, in: document))
            let speaker = try #require(quote.speaker)
            let quoteParagraph = paragraphs.firstIndex { $0.span.contains(quote.content) }
            let speakerParagraph = paragraphs.firstIndex { $0.span.contains(speaker.span) }
            #expect(speaker.text == "المصدر")
            #expect(speakerParagraph != nil && quoteParagraph != nil && speakerParagraph! < quoteParagraph!)
        }
    }

    @Test func reversedOpeningMarkPairsWithItsOwnClosingMark() throws {
        let quote = try #require(quotes.starting(with: "وأشنطن أبلغت الجزائر، عبر قنوات", in: document))
        #expect(document.marks(quote).hasPrefix("” وأشنطن"))
        #expect(document.content(quote).hasSuffix("ضمن هذه المشاروات"))
        #expect(document.marks(quote).hasSuffix("المشاروات”"))
    }

    /// The two paragraphs ending in `”` with no opening mark stay on their own: each gives a quote with
    /// no opening mark inside its paragraph, started after its reporting frame.
    @Test func closingMarksWithoutOpeningMarksAreNotForcedIntoPairs() throws {
        let paragraphs = try #require(document[Paragraphs.self])
        let orphans = quotes.filter { !$0.closed }
        #expect(orphans.count == 2)
        #expect(orphans.first.map { document.content($0).hasPrefix("المشروع الأمريكي ينطلق") } == true)
        #expect(orphans.last.map { document.content($0).hasPrefix("الأمريكيين يدركون") } == true)
        for quote in orphans {
            #expect(quote.marks.start == quote.content.start)
            #expect(document.marks(quote).hasSuffix("”"))
            #expect(paragraphs.contains { $0.span.contains(quote.marks) })
        }
    }
}

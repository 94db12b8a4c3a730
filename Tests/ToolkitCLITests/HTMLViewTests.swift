import Foundation
import Testing

/// The structure of the HTML view of the seed article with the arabic-news chain.
@Suite(.enabled(if: CommandRunner.isAvailable, "needs the toolkit executable built beside the tests"))
struct HTMLViewTests {
    let page: String

    init() throws {
        let output = try CommandRunner.run(["run", "--chain", "arabic-news", "--format", "html", "--quiet", CommandRunner.seedPath])
        page = output.stdout
    }

    private func count(_ needle: String) -> Int { page.components(separatedBy: needle).count - 1 }

    @Test func isOneSelfContainedPage() {
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(count("<article ") == 1)
        // Nothing is loaded from anywhere: no scripts, stylesheets, images or fonts by URL.
        for external in ["http://", "https://", "<script src", "<link ", "<img ", "@import", "url("] {
            #expect(!page.contains(external), "the page refers to \(external)")
        }
    }

    @Test func arabicDocumentIsRightToLeftWithAnArabicFontStack() {
        #expect(page.contains("<article id=\"d1\" dir=\"rtl\" class=\"rtl\">"))
        #expect(page.contains("article.rtl { font-family: \"Noto Naskh Arabic\""))
    }

    @Test func sentencesAreNumberedWithTheirTransliteration() {
        #expect(count("<span class=\"s\" id=\"d1-s") == 26)
        #expect(page.contains("<span class=\"tr\" dir=\"ltr\">&gt;xbAr&gt;xbAr EAjlpErby</span>"))
    }

    @Test func keywordsAreHighlightedWithTheirRank() {
        #expect(page.contains("<mark class=\"kw\" data-rank=\"1\""))
        #expect(page.contains("<h3>Keywords</h3>"))
        #expect(count("<mark class=\"kw\"") >= 40)
    }

    @Test func quotesLinkTheirSpeakerAndCue() {
        #expect(page.contains("<h3>Quotes</h3>"))
        #expect(count("<q class=\"quote direct\" id=") >= 8)
        #expect(count("<q class=\"quote term\" id=") == 2)
        #expect(page.contains("<a class=\"speaker\" href=\"#d1-q1\" title=\"speaker of quote 1\">باترسون"))
        #expect(page.contains("<a class=\"cue\" href=\"#d1-q1\" title=\"reporting word of quote 1\">صرح</a>"))
    }

    @Test func pageChromeIsMarkedAndTheLegendExplainsTheMarks() {
        #expect(count("<span class=\"bp\" title=") == 5)
        #expect(page.contains("<ul class=\"legend\">"))
    }

    @Test func tagsAreBalanced() {
        for tag in ["span", "mark", "q", "a", "p", "article", "section", "ol", "li"] {
            #expect(count("<\(tag) ") + count("<\(tag)>") == count("</\(tag)>"), "unbalanced <\(tag)>")
        }
    }

    /// The page streams: articles in input order, then the list of documents, which the styles show above them.
    @Test func severalDocumentsGetAListAfterTheirArticles() throws {
        let output = try CommandRunner.run(
            ["run", "--chain", "segment", "--format", "html", "--quiet", CommandRunner.seedPath, CommandRunner.seedPath])
        let page = output.stdout
        let first = try #require(page.range(of: "<article id=\"d1\""))
        let second = try #require(page.range(of: "<article id=\"d2\""))
        let list = try #require(page.range(of: "<nav><p>2 documents</p><ol>"))
        #expect(first.lowerBound < second.lowerBound && second.lowerBound < list.lowerBound)
        #expect(page.contains("<li><a href=\"#d2\">000_ef7fff25dfa5f362</a></li>"))
        #expect(page.hasSuffix("</nav>\n</body>\n</html>\n"))
        #expect(!self.page.contains("<nav>"), "one document needs no list")
    }
}

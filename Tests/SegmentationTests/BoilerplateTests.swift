import Foundation
import Segmentation
import Testing
import Toolkit

@Suite struct BoilerplateTests {
    private func marked(_ text: String) -> [(text: String, reason: String)] {
        let document = Document(id: "page", text: text)
        return BoilerplateDetector().blocks(in: document).map { (String(document[$0.span]), $0.reason) }
    }

    @Test func seedHeaderAndFooterAreMarkedAndTheArticleIsNot() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt")
        let blocks = marked(try String(contentsOf: url, encoding: .utf8))
        #expect(blocks.map(\.text) == [
            "أخبارأخبار عاجلةعربي", "مواضيع مشابهة", "أضف تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "Back to top button",
        ])
        #expect(blocks[0].reason.hasPrefix("header"))
        #expect(blocks.dropFirst().allSatisfy { $0.reason.hasPrefix("interface phrase") })
    }

    @Test func englishPageChrome() {
        let page = """
            Home | News | Science
            Skip to content
            Rivers
            Glaciers feed rivers in spring
            Meltwater from mountain glaciers now supplies most of the river's flow in April and May.
            Scientists measured the flow at twelve stations over ten years, and found it rising.
            Related posts
            Why rivers flood
            Your email address will not be published. Required fields are marked *
            © 2024 Example News. All rights reserved.
            """
        let blocks = marked(page)
        #expect(blocks.map(\.text) == [
            "Home | News | Science", "Skip to content", "Rivers", "Related posts", "Why rivers flood",
            "Your email address will not be published. Required fields are marked *",
            "© 2024 Example News. All rights reserved.",
        ])
    }

    @Test func aPlainArticleHasNoChrome() {
        let article = """
            Short headline

            The first paragraph of the article says what happened, and where it happened.

            The second paragraph quotes an official who comments on the decision at length.
            """
        #expect(marked(article).isEmpty)
    }

    @Test func interfacePhrasesInsideTheTextNeedAShortLine() {
        let text = """
            The council met on Monday to discuss the new budget for the coming year.
            Advertisement
            Members read more than forty comments from residents before the vote on the budget.
            The vote passed, and the budget takes effect in January next year.
            """
        #expect(marked(text).map(\.text) == ["Advertisement"])
    }

    @Test func aLineIsReadUpToTheWordsThatMakeItAParagraph() {
        // Fourteen words: not a paragraph line, so its link separators, after the twelfth word, mark it.
        let menu = "North South East West Rivers Lakes Hills Towns Farms Roads Ports Parks | Maps | Trails"
        let article = "The first paragraph of the article says what happened, and where it happened."
        #expect(marked(menu + "\n" + article).map(\.reason) == ["header: links separated by | » > •"])
        // Fifteen words: a paragraph line, separators or not.
        #expect(marked(menu + " Today\n" + article).isEmpty)
    }

    @Test func noParagraphLinesMarksOnlyShortInterfaceLines() {
        #expect(marked("Read more\nhello world").map(\.text) == ["Read more"])
        #expect(marked("").isEmpty)
    }

    @Test func aChainSkipsNothingWithoutTheLayer() throws {
        let document = Document(id: "x", text: "Back to top")
        #expect(!document.isBoilerplate(Span(start: 0, end: 4)))
        var marked = document
        BoilerplateDetector().process(&marked, context: StageContext())
        #expect(marked.isBoilerplate(Span(start: 0, end: 4)))
    }
}

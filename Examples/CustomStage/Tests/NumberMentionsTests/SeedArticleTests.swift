import Foundation
import NumberMentions
import Segmentation
import Testing
import Toolkit

/// The seed article, `seeds/000_ef7fff25dfa5f362.txt` in this repository.
@Suite("The seed article")
struct SeedArticleTests {
    let text = try! String(
        contentsOf: repositoryRoot.appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt"), encoding: .utf8)

    @Test func everyMention() throws {
        #expect(try mentions(in: text) == [
            "5 = number 5",                                  // 5 دول إفريقية
            "فبراير = date --02",                            // الشهر الماضي (فبراير)
            "يونيو/ حزيران = date --06",                     // في يونيو/ حزيران المقبل
            "سبتمبر (أيلول) 2017 = date 2017-09",
            "فبراير (شباط) 2018 = date 2018-02",             // وفبراير: the و is left out
            "2017 = year 2017",                              // في نهاية عام 2017
        ])
    }

    @Test func throughTheChainFileEveryMentionSitsInASentence() throws {
        let registry = StageRegistry(plugins: [Segmentation.plugin, NumberMentions.plugin])
        let chain = try registry.makeChain(ChainConfig(contentsOf: packageRoot.appendingPathComponent("numbers.yaml")))
        let document = try chain.run(Document(id: "seed", text: text, language: "ar"))
        let sentences = document[Sentences.self]!
        let mentions = document[Numbers.self]!
        #expect(mentions.count == 6)
        for mention in mentions {
            #expect(sentences.contains { $0.span.contains(mention.span) })
        }
    }
}

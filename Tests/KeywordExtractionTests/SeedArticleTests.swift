import Foundation
import Testing
import Toolkit

@testable import KeywordExtraction

/// The seed article (an Arabic news page with its header and footer) through the full chain.
@Suite struct SeedArticleTests {
    /// Words of the page chrome around the article: the header line and the footer lines.
    static let chromeWords = ["أخبار", "عاجلة", "عربي", "مواضيع", "مشابهة", "تعليق", "بريدك", "الحقول", "Back", "top", "button"]

    @Test(arguments: [KeywordExtractor.Method.statistical, .graph])
    func topTenSayWhatTheArticleIsAbout(method: KeywordExtractor.Method) throws {
        let top = try keywords(in: TestText.seed, extractor: KeywordExtractor(method: method)).map(\.text)
        #expect(top.count == 10)
        for expected in ["الجزائر", "مكافحة الإرهاب", "الساحل", "مالي", "النيجر"] {
            #expect(top.contains(expected), "\(expected) missing from \(top)")
        }
        #expect(top.contains("واشنطن") || top.contains("الولايات المتحدة"), "\(top)")
        #expect(top.contains { $0.contains("الجماعات") && $0.contains("الإرهابي") }, "\(top)")
    }

    @Test func noStopWordCliticVariantOrChromeWord() throws {
        let found = try keywords(in: TestText.seed)
        let texts = found.map(\.text)
        #expect(Set(found.map(\.key)).count == found.count)
        for text in texts {
            let words = text.split(separator: " ").map(String.init)
            for edge in [words.first!, words.last!] {
                #expect(!analysis(of: [edge])[0].form.isStop, "\(edge) in \(text) is a stop word")
            }
            for proclitic in ["و", "ف", "ب", "ل", "ك"] {
                #expect(!texts.contains(proclitic + text), "\(proclitic + text) and \(text) are both keywords")
            }
            #expect(!["وال", "فال", "بال", "كال", "لل"].contains { text.hasPrefix($0) }, "\(text) keeps its clitic")
            for word in Self.chromeWords {
                #expect(!text.contains(word), "\(text) comes from the page chrome")
            }
        }
    }

    @Test func occurrencesCoverEveryCliticForm() throws {
        let document = try analyzed(TestText.seed)
        let algeria = try #require(document[Keywords.self]?.first { $0.text == "الجزائر" })
        let forms = Set(algeria.occurrences.map { String(document[$0]) })
        #expect(forms.isSuperset(of: ["الجزائر", "والجزائر", "بالجزائر", "للجزائر"]))
        #expect(algeria.count == algeria.occurrences.count)
        #expect(algeria.occurrences == algeria.occurrences.sorted())
    }

    @Test func nearDuplicatesDoNotTakeTwoSlots() throws {
        let texts = try keywords(in: TestText.seed).map(\.text)
        #expect(texts.contains("مكافحة الإرهاب"))
        // The word alone is almost always inside the phrase, and the longer phrase is rare.
        #expect(!texts.contains("الإرهاب"))
        #expect(!texts.contains { $0 != "مكافحة الإرهاب" && $0.contains("مكافحة الإرهاب") })
    }

    @Test func scoresFallFromOne() throws {
        let scores = try keywords(in: TestText.seed).map(\.score)
        #expect(scores.first == 1)
        #expect(scores == scores.sorted(by: >))
        #expect(scores.allSatisfy { $0 > 0 })
    }
}

import Testing

@testable import KeywordExtraction

@Suite struct EnglishWordTests {
    @Test(arguments: [
        ("attacks", "attack"), ("policies", "policy"), ("processes", "process"), ("boxes", "box"),
        ("David's", "david"), ("Attack", "attack"), ("analysis", "analysis"), ("bus", "bus"), ("class", "class"),
        ("2017", "2017"), ("1990s", "1990"),
    ])
    func pluralsAndCaseGroup(word: String, key: String) {
        #expect(analysis(of: [word])[0].key == key)
    }

    @Test func stopWordsNeverBeginOrEnd() {
        for word in ["the", "The", "of", "said", "however", "it's"] {
            let form = analysis(of: [word])[0].form
            #expect(form.isStop && !form.canBegin && !form.canEnd, "\(word)")
        }
    }

    @Test func adverbsParticiplesAndModifiers() {
        let result = analysis(of: ["rapidly", "reduced", "new", "speed", "family"])
        #expect(!result[0].form.canBegin && !result[0].form.canEnd)
        #expect(result[1].form.canBegin && !result[1].form.canEnd)
        #expect(result[2].form.canBegin && !result[2].form.canEnd)
        #expect(result[3].form.canEnd && result[4].form.canEnd)
    }

    @Test func casing() {
        let result = analysis(of: ["NATO", "Paris", "paris", "2017"])
        #expect(result[0].form.casing == .acronym)
        #expect(result[1].form.casing == .capitalized)
        #expect(result[2].form.casing == .lower)
        #expect(result[3].form.casing == .uncased)
    }
}

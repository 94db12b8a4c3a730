import Testing

@testable import KeywordExtraction

@Suite struct ArabicWordTests {
    @Test func cliticFormsShareOneKey() {
        let words = ["الجزائر", "والجزائر", "بالجزائر", "للجزائر", "وللجزائر", "فالجزائر"]
        let keys = Set(analysis(of: words).map(\.key))
        #expect(keys == ["جزائر"])
    }

    @Test func displayDropsTheConjunctionAndPreposition() {
        let result = analysis(of: ["الجزائر", "بالجزائر", "للجزائر", "وبالجزائر"])
        #expect(result[0].form.displayDrop == 0)
        #expect(result[1].form.displayDrop == 1)
        #expect(result[2].form.displayDrop == 1 && result[2].form.restoresAlef)
        #expect(result[3].form.displayDrop == 2)
        #expect(!result[0].form.opensPhrase && result[1].form.opensPhrase)
    }

    @Test func aLeadingLetterStaysUnlessTheRestIsAWordOfTheText() {
        // `فرنسا` and `واشنطن` start with clitic letters but their rest is not a word here.
        let alone = analysis(of: ["فرنسا", "واشنطن", "بروكسل"])
        #expect(alone.map(\.key) == ["فرنسا", "واشنطن", "بروكسل"])
        // `مالي` occurs on its own, so `ومالي` and `بمالي` are its clitic forms.
        let withBase = analysis(of: ["مالي", "ومالي", "بمالي", "لمكافحة", "مكافحة"])
        #expect(withBase.map(\.key) == ["مالي", "مالي", "مالي", "مكافحه", "مكافحه"])
    }

    @Test func foldingIgnoresDiacriticsTatweelAndAlefVariants() {
        let keys = analysis(of: ["الجَزائِرُ", "الجـــزائر", "الجزائر"]).map(\.key)
        #expect(Set(keys).count == 1)
        #expect(Set(analysis(of: ["أمريكا", "إمريكا", "آمريكا", "امريكا"]).map(\.key)).count == 1)
        #expect(Set(analysis(of: ["مستشفى", "مستشفي"]).map(\.key)).count == 1)
    }

    @Test func stopWordsWithTheirClitics() {
        // With a conjunction, a preposition, or both (`وبهذا`: `و`, then `ب`, then `هذا`).
        for word in ["في", "وفي", "فإن", "عليها", "لديهم", "وهو", "بأن", "إليه", "والذي", "المصدر", "بشكل", "وبهذا", "فبهذه"] {
            #expect(analysis(of: [word])[0].form.isStop, "\(word) should be a stop word")
        }
        // A word of one letter takes no proclitic: `وب` is no stop word.
        for word in ["الجزائر", "واشنطن", "مكافحة", "الساحل", "وب"] {
            #expect(!analysis(of: [word])[0].form.isStop, "\(word) is not a stop word")
        }
    }

    @Test func nisbaFormsMergeWhenTheBaseFormOccurs() {
        #expect(Set(analysis(of: ["الجزائرية", "الجزائري"]).map(\.key)) == ["جزائري"])
        #expect(analysis(of: ["الإرهابية"])[0].key == "ارهابيه")
        // The country and its adjective stay apart.
        #expect(Set(analysis(of: ["الجزائر", "الجزائري"]).map(\.key)).count == 2)
    }

    @Test func aWawWordThatIsNotAKnownStemOpensAPhrase() {
        let result = analysis(of: ["وثامر", "الوزير", "وزير"])
        #expect(result[0].form.opensPhrase)
        #expect(!result[2].form.opensPhrase)
    }

    @Test func withEnglishRulesOnlyArabicIsFoldedButNotStripped() {
        let result = analysis(of: ["والجزائر", "الجزائر"], languages: [.en])
        #expect(result[0].key != result[1].key)
        #expect(!result[0].form.isStop)
    }
}

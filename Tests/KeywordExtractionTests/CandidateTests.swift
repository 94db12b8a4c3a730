import Testing
import Toolkit

@testable import KeywordExtraction

@Suite struct CandidateTests {
    /// Punctuation and breaks that no keyphrase crosses.
    static let breaks: [Character] = ["،", "؛", "؟", ",", ";", ":", "(", ")", "“", "”", "«", "»", ".", "\n", "\""]

    @Test(arguments: ["seed", "arabic-news.txt", "english-news.txt"])
    func noOccurrenceCrossesPunctuationOrALineBreak(source: String) throws {
        let text = source == "seed" ? try TestText.seed : try TestText.fixture(source)
        let document = try analyzed(text, extractor: KeywordExtractor(top: 50))
        let found = try #require(document[Keywords.self])
        #expect(!found.isEmpty)
        for keyword in found {
            for span in keyword.occurrences {
                let written = document[span]
                #expect(!written.contains { Self.breaks.contains($0) }, "'\(written)' crosses a break")
            }
        }
    }

    @Test func numbersNeverBeginOrEndAKeyphrase() throws {
        let text = "The 2017 budget and 45 schools. In 2017 the budget of 45 schools grew, and the budget rose in 2018."
        for keyword in try keywords(in: text, extractor: KeywordExtractor(top: 20)) {
            let words = keyword.text.split(separator: " ")
            #expect(words.first!.allSatisfy { !$0.isNumber } && words.last!.allSatisfy { !$0.isNumber }, "\(keyword.text)")
        }
    }

    @Test func anAbbreviationInsideASentenceNeverEndsAKeyphrase() throws {
        let text = """
            Retired Gen. James Jones spoke on Sunday. Sen. Dick Durbin and retired Gen. Mike Rogers answered, \
            and Sen. Lindsey Graham and the U.S. Senate listened. Gen. Jones left.
            """
        let found = try keywords(in: text, extractor: KeywordExtractor(top: 30)).map(\.text)
        // `U.S.` is an initialism, which may end one; it is shown without its full stops.
        #expect(found.contains("Dick Durbin") && found.contains("US"), "\(found)")
        for keyword in found {
            let last = keyword.split(separator: " ").last.map(String.init)
            #expect(last != "Gen" && last != "Sen", "\(keyword)")
        }
    }

    @Test func cliticFormsAreOneKeywordShownWithoutTheClitic() throws {
        let document = try analyzed(TestText.fixture("arabic-news.txt"))
        let sudan = try #require(document[Keywords.self]?.first { $0.key == "سودان" })
        #expect(sudan.text == "السودان")
        #expect(Set(sudan.occurrences.map { String(document[$0]) }) == ["والسودان", "للسودان", "بالسودان"])
        let egypt = try #require(document[Keywords.self]?.first { $0.key == "مصر" })
        #expect(egypt.occurrences.map { String(document[$0]) }.contains("ولمصر"))
    }

    @Test func pluralsGroupAndTheCommonFormIsShown() throws {
        let text = """
            Attacks on shipping rose. The attack on the port was the third attack this year.
            Officials said each attack used drones, and the attacks will be investigated.
            """
        let attack = try #require(keywords(in: text).first { $0.key == "attack" })
        #expect(attack.count == 5)
        #expect(attack.text == "attack")
    }

    @Test func stopWordsInCapitalsAndDottedInitialismsAreAcronyms() throws {
        let text = """
            The U.S. economy grew while US exports fell. IT budgets rose as we hired IT staff. \
            Give us the data, and it will help us. The U.S. market waits.
            """
        let found = try keywords(in: text, extractor: KeywordExtractor(top: 30))
        let us = try #require(found.first { $0.key == "US" }, "\(found.map(\.text))")
        #expect(us.text == "US" && us.count == 3)
        #expect(found.contains { $0.key == "IT" })
        #expect(!found.contains { $0.key == "us" || $0.key == "it" }, "\(found.map(\.key))")
    }

    @Test func aDottedInitialismIsShownWithoutFullStopsWhereverItStands() throws {
        let text = """
            The U.S.A team won the cup. Fans of the U.S.A team cheered. The U.S.A team flew home. U.S.A fans sang.
            """
        let found = try keywords(in: text, extractor: KeywordExtractor(top: 30))
        #expect(found.contains { $0.text == "USA team" }, "\(found.map(\.text))")
        #expect(!found.contains { $0.text.contains(".") }, "\(found.map(\.text))")
    }

    @Test func aHeadlineInCapitalsKeepsItsStopWords() throws {
        let text = """
            BREAKING NEWS: THE PRESIDENT OF THE UNITED STATES VISITS THE CITY OF LONDON. THE PRESIDENT MET \
            THE MAYOR OF LONDON AND THEY TALKED ABOUT IT WITH US.

            The president of the United States visited London on Monday. He met the mayor of London.
            """
        let found = try keywords(in: text, extractor: KeywordExtractor(top: 30)).map(\.text)
        #expect(found.contains("LONDON") && found.contains("MAYOR"), "\(found)")
        for keyword in found {
            let words = keyword.split(separator: " ").map { $0.lowercased() }
            #expect(!["the", "of", "and", "they", "with"].contains(words.first!), "\(keyword)")
            #expect(!["the", "of", "and", "they", "with"].contains(words.last!), "\(keyword)")
        }
    }

    @Test func hyphenatedWordsAreOneWord() throws {
        let text = """
            Self-organizing maps cluster data. We train self-organizing maps on sensor data, \
            and self-organizing maps keep the topology of the data.
            """
        let found = try keywords(in: text, extractor: KeywordExtractor(maxWords: 2))
        #expect(found.contains { $0.text.lowercased() == "self-organizing maps" })
    }

    @Test func anAcronymCountsAsItsLongForm() throws {
        let document = try analyzed(TestText.fixture("english-news.txt"))
        let agency = try #require(document[Keywords.self]?.first { $0.text == "Environment Protection Agency" })
        #expect(agency.count == 3)
        let written: [String] = agency.occurrences.map { String(document[$0]) }
        #expect(written.filter { $0 == "EPA" }.count == 2)
        #expect(document[Keywords.self]?.contains { $0.text == "EPA" } == false)
    }

    @Test func boilerplateIsSkipped() throws {
        let withChrome = try keywords(in: TestText.fixture("english-news.txt"), extractor: KeywordExtractor(top: 100))
        #expect(!withChrome.contains { ["Home", "World", "Climate", "Share", "article", "comment"].contains($0.text) })
    }
}

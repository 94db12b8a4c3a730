import Foundation
import Segmentation
import Testing
import Toolkit

@testable import KeywordExtraction

@Suite struct KeywordOptionsTests {
    let registry = StageRegistry(plugins: [Segmentation.plugin, KeywordExtraction.plugin])

    private func stage(_ options: [String: JSONValue], base: URL? = nil) throws -> any Stage {
        try registry.makeStage(StageConfig(name: "keywords", options: options), baseDirectory: base,
                               location: ConfigLocation(stageIndex: 5))
    }

    @Test(arguments: [
        (["top": JSONValue.int(0)], "'top'"), (["max-words": .int(9)], "'max-words'"),
        (["method": .string("grph")], "did you mean 'graph'"), (["language": .string("fr")], "'language'"),
        (["stopwords-file": .string("missing-stopwords.txt")], "missing-stopwords.txt"),
    ])
    func badOptionsAreErrorsThatNameThem(options: [String: JSONValue], named: String) {
        let error = #expect(throws: ConfigError.self) { try stage(options, base: URL(fileURLWithPath: "/tmp")) }
        #expect(error?.description.contains(named) == true, "\(String(describing: error))")
        #expect(error?.location.stageIndex == 5)
    }

    @Test func topAndMaxWords() throws {
        let found = try keywords(in: TestText.seed, extractor: KeywordExtractor(top: 3, maxWords: 1))
        #expect(found.count == 3)
        #expect(found.allSatisfy { !$0.text.contains(" ") })
    }

    @Test func addedStopWordsAreSkippedInEveryCliticForm() throws {
        let found = try keywords(in: TestText.seed, extractor: KeywordExtractor(top: 30, stopWords: ["الجزائر"]))
        #expect(!found.contains { $0.key.split(separator: " ").contains("جزائر") })
    }

    @Test func stopWordsFileIsReadBesideTheChainFile() throws {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let config = try ChainConfig(
            parsing: """
                name: test
                stages:
                  - stage: paragraphs
                  - stage: sentences
                  - stage: tokens
                  - stage: keywords
                    top: 50
                    stopwords-file: stopwords.txt
                """, file: fixtures.appendingPathComponent("chain.yaml").path)
        let chain = try registry.makeChain(config)
        let document = try chain.run(Document(id: "news", text: TestText.fixture("english-news.txt")))
        let keys = (document[Keywords.self] ?? []).flatMap { $0.key.split(separator: " ") }
        #expect(!keys.isEmpty)
        #expect(!keys.contains("barrier") && !keys.contains("port"))
    }

    @Test func configurationRoundTrips() throws {
        let extractor = KeywordExtractor(top: 7, maxWords: 2, method: .graph, language: .ar, stopWords: ["مثلا"])
        let config = extractor.configuration
        #expect(config["top"] == .int(7) && config["max-words"] == .int(2) && config["method"] == .string("graph"))
        let rebuilt = try stage(config)
        #expect(rebuilt.configuration == config)
    }

    @Test func theKeywordsChainIsRegistered() throws {
        let config = try #require(registry.chain(named: "keywords"))
        let chain = try registry.makeChain(config)
        #expect(chain.producedLayers == ["boilerplate", "paragraphs", "sentences", "tokens", "keywords"])
    }

    @Test func languageOptionChoosesTheRules() throws {
        let text = "وقال الوزير إن الجزائر تدعم الحوار. وأكد أن الجزائر والمغرب جاران."
        let arabic = try keywords(in: text, extractor: KeywordExtractor(language: .ar))
        let english = try keywords(in: text, extractor: KeywordExtractor(language: .en))
        #expect(arabic.contains { $0.key == "جزائر" })
        #expect(!english.contains { $0.key == "جزائر" })
    }
}

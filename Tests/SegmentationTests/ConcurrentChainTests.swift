import Robustness
import Segmentation
import Testing
import Toolkit

/// Chains run on several workers at once, each with its own ICU handles. Under
/// `swift test --sanitize=thread` (Tests/Scripts/sanitizers.sh) this is the test
/// that shows the runner and the stages share nothing they should not.
struct ConcurrentChainTests {
    private func json(_ result: Result<Document, DocumentFailure>) -> String {
        switch result {
        case .success(let document): document.jsonString()
        case .failure(let failure): failure.description
        }
    }

    @Test func fourWorkersGiveWhatOneGivesInTheSameOrder() throws {
        var generator = SeededGenerator(seed: 7)
        let seed = SeedArticle.text
        let documents = (0..<400).map { index in
            let text = index % 5 == 0
                ? String(seed.prefix(200 + index * 7 % 3000))
                : HostileText.string(using: &generator, pieces: index % 50)
            return Document(id: "doc-\(index)", text: text, language: ["ar", "en", nil][index % 3])
        }
        for chain in try ChainsUnderTest.registeredChains() {
            let sequential = chain.run(documents, jobs: 1).map(json)
            var concurrent: [String] = []
            try chain.run(documents.map(DocumentSource.document), jobs: 4, inFlight: 8, finish: json) { concurrent.append($0) }
            #expect(concurrent == sequential, "chain '\(chain.name)'")
        }
    }
}

import Foundation
import Testing
@testable import Toolkit

struct ChainTests {
    @Test func builderRunsStagesInOrder() throws {
        let chain = try Chain {
            SpaceSplitter()
            Counter()
        }
        let document = try chain.run(Document(id: "d", text: "one two  three"))
        #expect(document[Words.self]?.map { String(document[$0]) } == ["one", "two", "three"])
        #expect(document[WordCount.self] == 3)
        #expect(document.layerNames == ["words", "word-count"])
    }

    @Test func missingLayerFailsWhenBuiltAndNamesTheProducer() {
        #expect {
            _ = try Chain(registry: testRegistry) { Counter() }
        } throws: { error in
            let message = String(describing: error)
            return message.contains("'count'") && message.contains("'words'") && message.contains("add 'split' before")
        }
    }

    @Test func stageFailureNamesDocumentAndStage() {
        let chain = try! Chain { SpaceSplitter(failOn: "bad") }
        #expect {
            _ = try chain.run(Document(id: "doc-7", text: "a bad text"))
        } throws: { error in
            guard let failure = error as? DocumentFailure else { return false }
            return failure.documentID == "doc-7" && failure.stage == "split" && failure.message == "refused on purpose"
        }
    }

    @Test(arguments: [1, 2, 4])
    func concurrentRunKeepsOrderAndIsolatesFailures(jobs: Int) throws {
        let chain = try Chain {
            SpaceSplitter(failOn: "poison")
            Counter()
        }
        let documents = (0..<200).map { index in
            Document(id: "doc-\(index)", text: index % 17 == 5 ? "poison here" : String(repeating: "w ", count: index % 13 + 1))
        }
        var seen: [String] = []
        var failed: [String] = []
        try chain.run(documents.map(DocumentSource.document), jobs: jobs, inFlight: 8, finish: { $0 }) { result in
            switch result {
            case .success(let document):
                seen.append(document.id)
                #expect(document[WordCount.self] == Int(document.id.dropFirst(4))! % 13 + 1)
            case .failure(let failure):
                seen.append(failure.documentID!)
                failed.append(failure.documentID!)
            }
        }
        #expect(seen == documents.map(\.id))
        #expect(failed == documents.indices.filter { $0 % 17 == 5 }.map { "doc-\($0)" })
    }

    @Test func unreadableSourceIsReportedInPlace() throws {
        let chain = try Chain { SpaceSplitter() }
        let sources: [DocumentSource] = [
            .document(Document(id: "a", text: "x")),
            .failure(DocumentFailure(origin: "in.jsonl:2", message: "not JSON")),
            .document(Document(id: "c", text: "y")),
        ]
        var outcomes: [String] = []
        try chain.run(sources, jobs: 2, finish: { $0 }) { result in
            switch result {
            case .success(let document): outcomes.append(document.id)
            case .failure(let failure): outcomes.append(failure.description)
            }
        }
        #expect(outcomes == ["a", "in.jsonl:2: not JSON", "c"])
    }

    @Test func configurationRoundTripsThroughYAML() throws {
        let chain = try Chain(name: "demo", summary: "a demo") {
            SpaceSplitter(failOn: "x: \"y\"")
            Counter()
        }
        let yaml = chain.configuration.yaml
        let reparsed = try ChainConfig(parsing: yaml)
        #expect(reparsed == chain.configuration)
        let rebuilt = try testRegistry.makeChain(reparsed)
        #expect(rebuilt.configuration == chain.configuration)
        #expect(try ChainConfig(parsing: chain.configuration.json) == chain.configuration)
    }

    @Test func stageContextKeepsResourcesPerStage() {
        final class Handle {}
        let context = StageContext()
        let first = context.resource { Handle() }
        #expect(context.resource { Handle() } === first)
        context.stageIndex = 1
        #expect(context.resource { Handle() } !== first)
    }
}

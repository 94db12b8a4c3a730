import Foundation
import Testing
@testable import Toolkit

struct ChainConfigTests {
    @Test func readsYAML() throws {
        let config = try ChainConfig(parsing: """
            name: demo
            description: Split and count
            stages:
              - stage: split
              - stage: count
                scale: 2
            """)
        #expect(config.name == "demo")
        #expect(config.summary == "Split and count")
        #expect(config.stages.map(\.name) == ["split", "count"])
        #expect(config.stages[1].options == ["scale": .int(2)])
        #expect(config.stages[1].line == 5)
        let chain = try testRegistry.makeChain(config)
        #expect(try chain.run(Document(id: "d", text: "a b c"))[WordCount.self] == 6)
    }

    @Test func stageLabelShowsItsOptionsSorted() {
        #expect(StageConfig(name: "tokens").label == "tokens")
        let stage = StageConfig(name: "transliterate", options: ["unit": .string("token"), "id": .string("Arabic-Latin")])
        #expect(stage.label == #"transliterate {id: "Arabic-Latin", unit: "token"}"#)
    }

    @Test func readsJSON() throws {
        let config = try ChainConfig(parsing: #"{"name": "j", "stages": [{"stage": "split"}, {"stage": "count", "mode": "fast"}]}"#)
        #expect(config.stages[1].options == ["mode": .string("fast")])
        _ = try testRegistry.makeChain(config)
    }

    private func error(building yaml: String, file: String? = "chain.yaml") -> String {
        do {
            _ = try testRegistry.makeChain(ChainConfig(parsing: yaml, file: file))
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func unknownStageNamesFileLineAndClosestName() {
        let message = error(building: "name: x\nstages:\n  - stage: split\n  - stage: cont\n")
        #expect(message == "chain.yaml:4, stage 2: unknown stage 'cont'; did you mean 'count'?")
    }

    @Test func unknownOptionNamesTheClosestOption() {
        let message = error(building: "name: x\nstages:\n  - stage: split\n  - stage: count\n    scael: 3\n")
        #expect(message == "chain.yaml:4, stage 2: stage 'count' has no option 'scael'; did you mean 'scale'?")
    }

    @Test func mistypedOptionSaysWhatItMustBe() {
        let message = error(building: "name: x\nstages:\n  - stage: split\n  - stage: count\n    scale: lots\n")
        #expect(message == "chain.yaml:4, stage 2: option 'scale' of stage 'count' must be an integer, not a string")
        let choice = error(building: "name: x\nstages:\n  - stage: split\n  - stage: count\n    mode: fats\n")
        #expect(choice.hasSuffix("option 'mode' of stage 'count' must be one of fast, exact, not 'fats'; did you mean 'fast'?"))
    }

    @Test func wrongOrderNamesTheFix() {
        let message = error(building: "name: x\nstages:\n  - stage: count\n  - stage: split\n")
        #expect(message == "chain.yaml:3, stage 1: stage 'count' requires the layer 'words', which no earlier stage produces; add 'split' before 'count'")
    }

    @Test func malformedFilesAreExplained() {
        #expect(error(building: "name: [unclosed\n").hasPrefix("chain.yaml:2: not valid YAML or JSON"))
        #expect(error(building: "- just a list\n") == "chain.yaml: a chain file must be a mapping with 'name' and 'stages'")
        #expect(error(building: "name: x\nstagse: []\n") == "chain.yaml:2: unknown key 'stagse' in the chain file; did you mean 'stages'?")
        #expect(error(building: "name: x\nstages:\n  - split\n") == "chain.yaml:3, stage 1: each stage must be a mapping such as '- stage: sentences'")
        #expect(error(building: "name: x\n") == "chain.yaml: the chain file has no 'stages' list")
    }

    @Test func aliasBombsAndDeepNestingAreRejected() {
        // Nine levels of nine-fold aliases would expand to 387 million values.
        var yaml = "name: x\nstages:\n  - stage: split\n    fail-on:\n      a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let previous = "*a\(level - 1)"
            yaml += "      a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
        }
        #expect(error(building: yaml).contains("more than 10000 values"))
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(error(building: "name: x\nstages:\n  - stage: split\n    fail-on: \(deep)\n").contains("nested deeper than 16 levels"))
    }

    @Test func fileOptionsMayNotLeaveTheChainFolder() throws {
        let options = try StageOptions(["words": "../../etc/passwd"], for: "s",
                                       specs: [StageOption("words", .file, help: "a list")],
                                       baseDirectory: URL(fileURLWithPath: "/tmp/chains"))
        #expect(throws: ConfigError.self) { try options.file("words") }
        let inside = try StageOptions(["words": "lists/words.txt"], for: "s",
                                      specs: [StageOption("words", .file, help: "a list")],
                                      baseDirectory: URL(fileURLWithPath: "/tmp/chains"))
        #expect(try inside.file("words")?.path == "/tmp/chains/lists/words.txt")
    }

    @Test func missingChainFileIsNamed() {
        #expect {
            _ = try ChainConfig(contentsOf: URL(fileURLWithPath: "/no/such/chain.yaml"))
        } throws: { error in
            String(describing: error) == "/no/such/chain.yaml: no chain file at '/no/such/chain.yaml'"
        }
    }

    @Test func closestNameFindsTyposOnly() {
        #expect(closestName(to: "sentnces", among: ["sentences", "tokens"]) == "sentences")
        #expect(closestName(to: "zzzz", among: ["sentences", "tokens"]) == nil)
    }
}

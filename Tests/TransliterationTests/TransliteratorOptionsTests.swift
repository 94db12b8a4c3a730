import Foundation
import Segmentation
import Testing
import Toolkit
@testable import Transliteration

/// Chain files, options and bad input: every error says what is wrong and what would be right.
@Suite struct TransliteratorOptionsTests {
    private let registry = StageRegistry(plugins: [Segmentation.plugin, Transliteration.plugin])

    private func chain(_ yaml: String, file: String? = nil) throws(ConfigError) -> Chain {
        try registry.makeChain(ChainConfig(parsing: yaml, file: file))
    }

    private func error(_ yaml: String, file: String? = nil) -> String {
        do {
            _ = try chain(yaml, file: file)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func unknownIDListsTheClosestIDs() {
        let message = error("name: t\nstages:\n  - stage: transliterate\n    id: Arabic-Lattin\n")
        #expect(message.contains("unknown ICU transform 'Arabic-Lattin'"))
        #expect(message.contains("closest: Arabic-Latin"))
        #expect(message.contains("stage 1"))
    }

    @Test func unknownPartOfACompoundIDIsNamed() {
        let message = error("name: t\nstages:\n  - stage: transliterate\n    id: 'Any-Latin; Latin-ASCIII'\n")
        #expect(message.contains("unknown ICU transform 'Latin-ASCIII' in 'Any-Latin; Latin-ASCIII'"))
        #expect(message.contains("closest: Latin-ASCII"))
    }

    @Test func aSchemeNameGivenAsAnIDPointsToTheSchemeOption() {
        let message = error("name: t\nstages:\n  - stage: transliterate\n    id: buckwalter\n")
        #expect(message.contains("'buckwalter' is a shipped scheme: use the option 'scheme: buckwalter'"))
    }

    @Test func unknownSchemeListsTheClosestSchemes() {
        #expect(throws: TransliterationError.unknownScheme(
            "buckwalter-saf", closest: ["buckwalter-safe", "buckwalter-xml", "buckwalter", "arabic-simple"])
        ) {
            try Transliterator(.scheme("buckwalter-saf"))
        }
        let message = error("name: t\nstages:\n  - stage: transliterate\n    scheme: bukwalter\n")
        #expect(message.contains("unknown scheme 'bukwalter'; closest: buckwalter, "))
    }

    @Test func rulesSyntaxErrorGivesLineColumnAndICUsMessage() throws {
        let rules = "\\u0633 > S ;\n\\u0644 > L ;\n  \\u0627 > 'A ;\n"
        #expect(throws: TransliterationError.self) { try Transliterator(.rules(rules)) }
        do {
            _ = try Transliterator(.rules(rules))
        } catch {
            guard case .rulesSyntax(let syntax) = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
            #expect(syntax.line == 3)
            #expect(syntax.column == 11)
            #expect(syntax.icuMessage == "U_UNTERMINATED_QUOTE")
            #expect(syntax.description == "rules, line 3, column 11: ICU says U_UNTERMINATED_QUOTE in the rule `\\u0627 > 'A ;`")
        }
    }

    @Test func rulesFileIsReadBesideTheChainFileAndItsErrorsNameIt() throws {
        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        let chainFile = fixtures.appendingPathComponent("chain.yaml").path
        let good = try chain("name: t\nstages:\n  - stage: transliterate\n    rules-file: custom-rules.txt\n", file: chainFile)
        let document = try good.run(Document(id: "1", text: "سلام Salaam"))
        #expect(document[TransliteratedText.self]?.text == "SLAM Salaam")
        #expect(document[TransliteratedText.self]?.scheme == "custom-rules.txt")

        let message = error("name: t\nstages:\n  - stage: transliterate\n    rules-file: broken-rules.txt\n", file: chainFile)
        #expect(message.contains("rules-file 'broken-rules.txt', line 4, column 1: ICU says U_MISSING_OPERATOR in the rule `\\u0627 A ;`"))
        #expect(message.contains("chain.yaml"))

        let missing = error("name: t\nstages:\n  - stage: transliterate\n    rules-file: nowhere.txt\n", file: chainFile)
        #expect(missing.contains("cannot read"))
        #expect(missing.contains("nowhere.txt"))
    }

    @Test func onlyOneSourceOfRulesIsAccepted() {
        let message = error("name: t\nstages:\n  - stage: transliterate\n    id: Any-Latin\n    scheme: buckwalter\n")
        #expect(message.contains("give one of the options id, scheme, not several"))
    }

    @Test func aOneWaySchemeHasNoReverse() {
        #expect(throws: TransliterationError.noReverse("arabic-simple")) {
            try Transliterator(.scheme("arabic-simple"), reverse: true)
        }
    }

    @Test func requirementsFollowTheUnit() throws {
        #expect(try Transliterator(.scheme("buckwalter"), unit: .token).requires.map { $0.name } == ["tokens"])
        #expect(try Transliterator(.scheme("buckwalter"), unit: .sentence).requires.map { $0.name } == ["sentences"])
        #expect(try Transliterator(.scheme("buckwalter"), unit: .document).requires.isEmpty)

        let message = error("name: t\nstages:\n  - stage: transliterate\n    unit: token\n")
        #expect(message.contains("requires the layer 'tokens'"))
        #expect(message.contains("add 'tokens' before 'transliterate'"))
        _ = try chain("name: t\nstages:\n  - stage: tokens\n  - stage: transliterate\n    unit: token\n")
    }

    @Test func aMissingLayerOutsideAChainIsAnErrorNotACrash() throws {
        let stage = try Transliterator(.scheme("buckwalter"), unit: .sentence)
        #expect(throws: TransliterationError.missingLayer("sentences")) {
            try stage.transliterate(Document(id: "1", text: "نص"), context: StageContext())
        }
    }

    @Test func theDefaultIsBuckwalterOverTheDocument() throws {
        let stage = try chain("name: t\nstages:\n  - stage: transliterate\n").stages[0] as! Transliterator
        #expect(stage.transform == .scheme("buckwalter"))
        #expect(stage.unit == .document)
        #expect(!stage.reverse)
    }

    @Test func configurationRoundTripsThroughAChainFile() throws {
        for yaml in [
            "  - stage: tokens\n  - stage: transliterate\n    id: 'Any-Latin; Latin-ASCII'\n    unit: token\n",
            "  - stage: transliterate\n    scheme: buckwalter-xml\n    reverse: true\n",
            "  - stage: transliterate\n    rules: '\\u0633 > S ;'\n",
        ] {
            let built = try chain("name: t\nstages:\n" + yaml)
            let rebuilt = try registry.makeChain(ChainConfig(parsing: built.configuration.yaml))
            #expect(rebuilt.configuration == built.configuration)
            let stage = built.stages.last as! Transliterator
            #expect((rebuilt.stages.last as! Transliterator).transform == stage.transform)
        }
    }

    @Test func theLayerIsWrittenAsJSON() throws {
        let document = try chain("name: t\nstages:\n  - stage: tokens\n  - stage: transliterate\n    unit: token\n")
            .run(Document(id: "1", text: "أخبار 👍"))
        var writer = JSONWriter()
        try writer.value(document.layerValue(named: "transliteration")!)
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"{"scheme":"buckwalter","text":">xbAr 👍","segments":[{"source":{"start":0,"end":5},"output":{"start":0,"end":5}},{"source":{"start":6,"end":7},"output":{"start":6,"end":7}}]}"#)
        let decoded = try JSONDecoder().decode(AlignedText.self, from: Data(writer.bytes))
        #expect(decoded == document[TransliteratedText.self])
    }
}

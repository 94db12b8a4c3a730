import Foundation
import QuoteDetection
import Segmentation
import Testing
import Toolkit

/// The stage's options, from a chain file as from code.
@Suite struct QuoteOptionsTests {
    let registry = StageRegistry(plugins: [Segmentation.plugin, QuoteDetection.plugin])

    func chain(_ yaml: String, file: String? = nil) throws -> Chain {
        try registry.makeChain(try ChainConfig(parsing: yaml, file: file))
    }

    /// A chain file of paragraphs, sentences and quotes, with the quotes stage's options as YAML lines.
    func quotesChain(_ options: [String]) -> String {
        (["name: quotes-test", "stages:", "  - stage: paragraphs", "  - stage: sentences", "  - stage: quotes"]
            + options.map { "    " + $0 }).joined(separator: "\n")
    }

    @Test func builtInChainRunsOnTheSeed() throws {
        let chain = try registry.makeChain(try #require(registry.chain(named: "quotes")))
        let document = try chain.run(Document(id: "seed", text: try QuoteTesting.seed()))
        #expect(document[Quotes.self]?.count == 12)
    }

    @Test func unknownMarkPairIsAnErrorNamingTheOption() throws {
        let yaml = quotesChain([#"marks: ["«»", "<>"]"#])
        #expect {
            try chain(yaml, file: "bad.yaml")
        } throws: { error in
            let description = String(describing: error)
            return description.contains("'marks'") && description.contains("<>") && description.contains("bad.yaml")
        }
    }

    @Test func quotesNeedParagraphsAndSentences() throws {
        #expect(throws: ConfigError.self) { try chain("name: q\nstages:\n  - stage: quotes\n") }
    }

    @Test func configurationRoundTrips() throws {
        let yaml = quotesChain(["language: ar", #"marks: ["«»", "“”"]"#, "attribution: false", "verbs: [نوه]"])
        let built = try chain(yaml)
        let again = try registry.makeChain(try ChainConfig(parsing: built.configuration.yaml))
        #expect(again.configuration == built.configuration)
        let options = built.configuration.stages[2].options
        #expect(options["marks"] == .array(["«»", "“”"]))
        #expect(options["language"] == "ar")
        #expect(options["attribution"] == false)
    }

    /// More reporting verbs, in a file beside the chain file; `#` starts a comment.
    @Test func verbsFromAFileBesideTheChain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# verbs the built-in lists lack\nتحدث  # spoke\n".write(
            to: folder.appendingPathComponent("verbs.txt"), atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("chain.yaml").path
        let yaml = quotesChain(["verbs-file: verbs.txt"])
        let text = "وتحدث الوزير عن الأزمة «نحن نعمل على حلها».\n"
        let document = try chain(yaml, file: file).run(Document(id: "v", text: text, language: "ar"))
        let quote = try #require(document[Quotes.self]?.first)
        #expect(quote.speaker?.text == "الوزير")
        #expect(quote.cue?.text == "تحدث")

        let missing = yaml.replacingOccurrences(of: "verbs.txt", with: "absent.txt")
        #expect(throws: ConfigError.self) { try chain(missing, file: file) }
    }

    @Test func verbsFromCode() throws {
        let text = "وتحدث الوزير عن الأزمة «نحن نعمل على حلها».\n"
        let (_, without) = try QuoteTesting.quotes(text, language: "ar")
        let (_, with) = try QuoteTesting.quotes(text, language: "ar", detector: QuoteDetector(verbs: ["تحدث"]))
        #expect(without.first?.cue == nil)
        #expect(with.first?.cue?.text == "تحدث")
    }

    @Test func quotesWriteTheDocumentedJSON() throws {
        let (document, _) = try QuoteTesting.quotes("وقال المصدر: «الحوار مستمر».", language: "ar")
        var writer = JSONWriter()
        try writer.value(try #require(document[Quotes.self]))
        let json = String(decoding: writer.bytes, as: UTF8.self)
        #expect(
            json
                == #"[{"kind":"direct","content":{"start":14,"end":26},"marks":{"start":13,"end":27},"closed":true,"speaker":{"text":"المصدر","start":5,"end":11},"cue":{"text":"قال","start":1,"end":4}}]"#
        )
        let decoded = try JSONDecoder().decode([Quote].self, from: Data(json.utf8))
        #expect(decoded == document[Quotes.self])
    }
}

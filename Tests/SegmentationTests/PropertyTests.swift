import Foundation
import Robustness
import Segmentation
import Testing
import Toolkit

/// Invariants of every chain under test (``ChainsUnderTest``: each registered stage, its
/// variants, each registered chain) on generated hostile text (``HostileText``). Each case
/// is reproducible from its seed, which a failure names.
struct PropertyTests {
    static let cases = 0..<250

    /// A chain with its own worker context, reused across cases as a worker would.
    private struct Runner {
        let chain: Chain
        let context = StageContext()

        func run(_ document: Document) throws -> Document {
            var document = document
            try chain.process(&document, context: context)
            return document
        }
    }

    private static func runners(_ chains: [Chain]) -> [Runner] { chains.map { Runner(chain: $0) } }

    private static let languages: [String?] = [nil, "ar", "en"]

    private func document(seed: Int) -> Document {
        var generator = SeededGenerator(seed: UInt64(seed))
        let text = HostileText.string(using: &generator, pieces: Int.random(in: 0...60, using: &generator))
        return Document(id: "case-\(seed)", text: text, language: Self.languages.randomElement(using: &generator)!)
    }

    private func record(_ violations: [Violation], seed: Int, chain: Chain, text: String) {
        guard !violations.isEmpty else { return }
        let list = violations.prefix(3).map(\.description).joined(separator: "\n")
        Issue.record("seed \(seed), chain '\(chain.name)', text \(text.debugDescription):\n\(list)")
    }

    @Test func everyLayerKeepsItsInvariantsOnHostileText() throws {
        let runners = Self.runners(try ChainsUnderTest.stageChains() + ChainsUnderTest.registeredChains())
        for seed in Self.cases {
            let document = document(seed: seed)
            for runner in runners {
                record(LayerInvariants.violations(in: try runner.run(document)), seed: seed, chain: runner.chain, text: document.text)
            }
        }
    }

    /// Invalid UTF-8, lone surrogates and overlong sequences in the input bytes, read lossily.
    @Test func lossyReadingOfBrokenBytesGivesDocumentsWithSoundLayers() throws {
        let runners = Self.runners(try ChainsUnderTest.registeredChains())
        let reader = DocumentReader(lossy: true)
        for seed in Self.cases {
            var generator = SeededGenerator(seed: UInt64(seed))
            let bytes = HostileText.bytes(using: &generator, pieces: Int.random(in: 0...40, using: &generator))
            let document = try reader.document(id: "bytes-\(seed)", bytes: bytes, origin: "generated", language: nil, meta: [:])
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            #expect(document.text.unicodeScalars.elementsEqual(String(decoding: body, as: UTF8.self).unicodeScalars))
            for runner in runners {
                let result = try runner.run(document)
                record(LayerInvariants.violations(in: result) + JSONOutputCheck.violations(in: result),
                       seed: seed, chain: runner.chain, text: document.text)
            }
        }
    }

    @Test func jsonOutputReadsBackAndItsOffsetsSliceTheSameText() throws {
        let runners = Self.runners(try ChainsUnderTest.registeredChains())
        for seed in Self.cases {
            let document = document(seed: seed)
            for runner in runners {
                record(JSONOutputCheck.violations(in: try runner.run(document)), seed: seed, chain: runner.chain, text: document.text)
            }
        }
    }

    /// ICU's word boundaries and the sentence rules can disagree: a full stop between two
    /// letters is inside an ICU word but ends a sentence (`said.Then`, and in 375 articles of the
    /// Arabic news corpus, `قال.وتابع`). The tokens stage cuts such words at the sentence boundary.
    @Test func tokensLieInsideSentences() throws {
        let segment = Runner(chain: try ChainsUnderTest.registry.makeChain(segmentChain))
        var straddling: [String] = []
        for seed in Self.cases {
            let document = document(seed: seed)
            straddling += LayerInvariants.tokensOutsideSentences(in: try segment.run(document)).map { "seed \(seed): \($0)" }
        }
        #expect(straddling.isEmpty, "\(straddling.count) tokens straddle sentences, e.g. \(straddling.prefix(3))")

        for (text, language, parts) in [
            ("قال الوزير إن الاجتماع كان مثمرا.وتابع أن الحوار مستمر.", "ar", ["مثمرا", ".", "وتابع"]),
            ("He said it was over.Then he left the room.", "en", ["over", ".", "Then"]),
        ] {
            let result = try segment.run(Document(id: "glued", text: text, language: language))
            #expect(result[Sentences.self]!.count == 2)
            #expect(LayerInvariants.tokensOutsideSentences(in: result).isEmpty)
            let words = result[Tokens.self]!.map { String(result[$0.span]) }
            #expect(parts.allSatisfy { words.contains($0) }, "\(words)")
        }
    }

    /// `python3` on the PATH, for the test that reads the JSON output as Python does.
    static let python: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Python reads the JSON output of generated documents and slices each span's text with
    /// `text[start:end]`; it must be the text Swift's `document[span]` gives. Skipped without python3.
    @Test(.enabled(if: python != nil, "needs python3 on the PATH"))
    func pythonSlicesTheSameTextAsSwift() throws {
        let segment = Runner(chain: try ChainsUnderTest.registry.makeChain(segmentChain))
        var writer = JSONWriter()
        var spans = 0
        for seed in Self.cases.prefix(100) {
            let document = try segment.run(document(seed: seed))
            writer.beginObject()
            writer.key("document")
            document.writeJSON(to: &writer)
            writer.key("expected")
            writer.beginArray()
            for name in document.layerNames {
                for item in document.layerValue(named: name) as? [any SpanAnnotation] ?? [] {
                    writer.beginArray()
                    writer.value(item.span.start)
                    writer.value(item.span.end)
                    writer.value(document[item.span])
                    writer.endArray()
                    spans += 1
                }
            }
            writer.endArray()
            writer.endObject()
            writer.raw(Array("\n".utf8))
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slices-\(UUID().uuidString).jsonl")
        try Data(writer.bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys
            checked = 0
            for line in open(sys.argv[1], encoding="utf-8"):
                record = json.loads(line)
                text = record["document"]["text"]
                for start, end, want in record["expected"]:
                    if text[start:end] != want:
                        sys.exit(f"{record['document']['id']}: [{start}:{end}] is {text[start:end]!r} in Python, {want!r} in Swift")
                    checked += 1
            print(checked)
            """
        let process = Process()
        process.executableURL = Self.python
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(complaint)")
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines) == String(spans))
    }
}

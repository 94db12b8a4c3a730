import Foundation
import Robustness
import Toolkit

/// Every chain under test (``ChainsUnderTest``) on arbitrary text.
///
/// The first byte picks the document's language, which `auto` locales pass to
/// ICU; the rest, decoded as lossy UTF-8, is the text. A stage that throws or
/// a broken layer invariant is a crash; so is JSON output of a registered
/// chain (which holds every layer) that does not read back.
enum StageFuzzing {
    /// Each chain with one context kept for the whole run, as a worker keeps it: ICU handles
    /// (transliterators take a while to open) are made once, not for every input.
    nonisolated(unsafe) static let stageChains = try! ChainsUnderTest.stageChains().map { ($0, StageContext()) }
    nonisolated(unsafe) static let registeredChains = try! ChainsUnderTest.registeredChains().map { ($0, StageContext()) }
    static let languages: [String?] = [nil, "ar", "en", "th", "ja", "x-\u{0}-@@;;", String(repeating: "a", count: 300)]

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let language = bytes.first.map { languages[Int($0) % languages.count] } ?? nil
        let document = Document(id: "fuzz", text: String(decoding: bytes.dropFirst(), as: UTF8.self), language: language)
        for (chain, context) in stageChains { _ = analyse(document, with: chain, context: context) }
        for (chain, context) in registeredChains {
            fail(chain, JSONOutputCheck.violations(in: analyse(document, with: chain, context: context)))
        }
    }

    static func analyse(_ document: Document, with chain: Chain, context: StageContext) -> Document {
        do {
            var result = document
            try chain.process(&result, context: context)
            fail(chain, LayerInvariants.violations(in: result))
            return result
        } catch {
            fatalError("chain '\(chain.name)' failed: \(error)")
        }
    }

    static func fail(_ chain: Chain, _ violations: [Violation]) {
        guard !violations.isEmpty else { return }
        fatalError("chain '\(chain.name)': " + violations.map(\.description).joined(separator: "; "))
    }
}

@main
enum FuzzStagesMain {
    static func main() { FuzzDriver.main(StageFuzzing.run) }
}

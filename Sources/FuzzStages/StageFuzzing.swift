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
    static let stageChains = try! ChainsUnderTest.stageChains()
    static let registeredChains = try! ChainsUnderTest.registeredChains()
    static let languages: [String?] = [nil, "ar", "en", "th", "ja", "x-\u{0}-@@;;", String(repeating: "a", count: 300)]

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let language = bytes.first.map { languages[Int($0) % languages.count] } ?? nil
        let document = Document(id: "fuzz", text: String(decoding: bytes.dropFirst(), as: UTF8.self), language: language)
        for chain in stageChains { _ = analyse(document, with: chain) }
        for chain in registeredChains { fail(chain, JSONOutputCheck.violations(in: analyse(document, with: chain))) }
    }

    static func analyse(_ document: Document, with chain: Chain) -> Document {
        do {
            let result = try chain.run(document)
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

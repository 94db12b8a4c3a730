import Foundation
import QuoteDetection
import Segmentation
import Testing
import Toolkit

/// Runs the quote chain (paragraphs, sentences, quotes) on test texts.
enum QuoteTesting {
    /// The chain's quotes of `text`, with the document for reading spans.
    static func quotes(
        _ text: String, language: String? = nil, detector: QuoteDetector = QuoteDetector()
    ) throws -> (document: Document, quotes: [Quote]) {
        let chain = try Chain {
            ParagraphSegmenter()
            SentenceSegmenter()
            detector
        }
        let document = try chain.run(Document(id: "test", text: text, language: language))
        return (document, document[Quotes.self] ?? [])
    }

    /// A fixture file's text.
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The seed article, from the repository's `seeds` folder.
    static func seed() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt"), encoding: .utf8)
    }
}

extension Document {
    /// A quote's content text.
    func content(_ quote: Quote) -> String { String(self[quote.content]) }
    /// A quote's marks span text.
    func marks(_ quote: Quote) -> String { String(self[quote.marks]) }
}

extension Array where Element == Quote {
    /// The quote whose content starts with `prefix`.
    func starting(with prefix: String, in document: Document) -> Quote? {
        first { document.content($0).hasPrefix(prefix) }
    }
}

import Foundation
import Testing
import Segmentation
import Toolkit
@testable import Transliteration

/// Paths and texts the tests share.
enum TestData {
    /// The repository's root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The seed article, always in the repository.
    static let seed = try! String(
        contentsOf: repository.appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt"), encoding: .utf8)

    /// The shared Arabic news sample; present on developers' machines and CI, absent elsewhere.
    static let newsSample = repository.appendingPathComponent("../shared/data/corpus-ar/news-sample.jsonl").standardized
    static var hasNewsSample: Bool { FileManager.default.fileExists(atPath: newsSample.path) }

    static func fixture(_ name: String) -> String {
        let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
        return try! String(contentsOf: url, encoding: .utf8)
    }

    /// The texts of a JSONL file of `{"id", "text"}` records.
    static func jsonlTexts(_ text: String) -> [(id: String, text: String)] {
        text.split(separator: "\n").map { line in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (object["id"] as! String, object["text"] as! String)
        }
    }

    /// The news excerpts fixture, the vocalized and the mixed fixture: the real text every test run has.
    static var fixtureTexts: [(id: String, text: String)] {
        jsonlTexts(fixture("news-excerpts.jsonl")) + [("vocalized", fixture("vocalized.txt")), ("mixed", fixture("mixed.txt"))]
    }

    /// The articles of the shared news sample.
    static var newsSampleTexts: [(id: String, text: String)] {
        jsonlTexts(try! String(contentsOf: newsSample, encoding: .utf8))
    }
}

/// A text's code points, for slicing by span in O(span length).
struct Scalars {
    let scalars: [Unicode.Scalar]
    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    subscript(span: Span) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    var count: Int { scalars.count }
}

/// Runs a stage on a text after the segmentation stages its unit needs.
func transliterate(_ text: String, with stage: Transliterator) throws -> AlignedText {
    var document = Document(id: "test", text: text, language: "ar")
    let context = StageContext()
    switch stage.unit {
    case .token: try Tokenizer().process(&document, context: context)
    case .sentence: try SentenceSegmenter().process(&document, context: context)
    case .document: break
    }
    return try stage.transliterate(document, context: context)
}

/// Checks that the output is the segments' outputs with the source copied between them,
/// and that each segment's source, transformed alone, gives the segment's output.
func expectAligned(
    _ aligned: AlignedText, source: String, transform: (String) throws -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let input = Scalars(source)
    let output = Scalars(aligned.text)
    var sourceOffset = 0
    var outputOffset = 0
    for segment in aligned.segments {
        let gap = segment.source.start - sourceOffset
        #expect(segment.output.start - outputOffset == gap, sourceLocation: sourceLocation)
        #expect(
            input[Span(start: sourceOffset, end: segment.source.start)]
                == output[Span(start: outputOffset, end: segment.output.start)],
            "the text between segments is copied", sourceLocation: sourceLocation)
        #expect(
            try transform(input[segment.source]) == output[segment.output],
            "segment \(segment.source) '\(input[segment.source])'", sourceLocation: sourceLocation)
        sourceOffset = segment.source.end
        outputOffset = segment.output.end
    }
    #expect(input.count - sourceOffset == output.count - outputOffset, sourceLocation: sourceLocation)
    #expect(
        input[Span(start: sourceOffset, end: input.count)] == output[Span(start: outputOffset, end: output.count)],
        sourceLocation: sourceLocation)
}

import Foundation
import Segmentation
import Testing
import Toolkit

@testable import KeywordExtraction

/// Test inputs: the seed article in the repository and the fixtures of this target.
enum TestText {
    /// The seed article, from the repository's `seeds` folder.
    static var seed: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt")
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// Runs boilerplate, paragraphs, sentences, tokens and the given keyword stage over a text.
func analyzed(
    _ text: String, language: String? = nil, extractor: KeywordExtractor = KeywordExtractor()
) throws -> Document {
    let chain = try Chain {
        BoilerplateDetector()
        ParagraphSegmenter()
        SentenceSegmenter()
        Tokenizer()
        extractor
    }
    return try chain.run(Document(id: "test", text: text, language: language))
}

/// The keywords of a text, best first.
func keywords(
    in text: String, language: String? = nil, extractor: KeywordExtractor = KeywordExtractor()
) throws -> [Keyword] {
    try analyzed(text, language: language, extractor: extractor)[Keywords.self] ?? []
}

/// The analysis of each word, as the stage would make it within one document holding all of them.
func analysis(of words: [String], languages: Set<KeywordLanguage> = [.ar, .en]) -> [(key: String, form: WordForm)] {
    var wordForms = WordForms(capacity: words.count)
    let indices = words.map { word in
        Array(word.utf16).withUnsafeBufferPointer { surface in
            withUnsafeTemporaryAllocation(of: UInt16.self, capacity: surface.count) { scratch in
                wordForms.add(surface, isNumber: false, scratch: scratch.baseAddress!)
            }
        }
    }
    let (forms, keys) = WordAnalyzer(languages: languages, extraStopWords: StopWordTable()).analyze(wordForms)
    return indices.map { index in
        let form = forms[index]
        return (String(decoding: keys[Int(form.term)], as: UTF16.self), form)
    }
}

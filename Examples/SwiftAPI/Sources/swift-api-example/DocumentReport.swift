import Toolkit

/// What the example prints for one document, read from its layers by type.
struct DocumentReport: Sendable {
    var id: String
    var paragraphs: Int
    var sentences: Int
    var words: Int
    var statistics: SentenceLengthStatistics
    var longestSentence: String

    init(_ document: Document) {
        // `document[Sentences.self]` is a `[Sentence]`, `document[SentenceLengths.self]` the example's own type.
        id = document.id
        paragraphs = document[Paragraphs.self]?.count ?? 0
        sentences = document[Sentences.self]?.count ?? 0
        words = document[Tokens.self]?.filter { $0.kind == .word }.count ?? 0
        statistics = document[SentenceLengths.self]!
        longestSentence = statistics.longest.map { String(document[$0]) } ?? ""
    }

    var lines: [String] {
        let mean = (statistics.mean * 10).rounded() / 10
        var lines = [
            "\(id): \(paragraphs) paragraphs, \(sentences) sentences, \(words) words; "
                + "words per sentence: mean \(mean), median \(statistics.median)"
        ]
        if let most = statistics.words.max(), most > 0 {
            let shown = longestSentence.count > 90 ? longestSentence.prefix(90) + "…" : longestSentence[...]
            lines.append("  longest, \(most) words: \(shown.replacingNewlines())")
        }
        return lines
    }
}

extension Substring {
    fileprivate func replacingNewlines() -> String {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
    }
}

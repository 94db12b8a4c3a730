import Toolkit

/// How predicted sentences compare with gold ones.
///
/// A sentence counts as correct when its span, trimmed of white space, equals a
/// gold span trimmed the same way. A boundary is the end of a trimmed sentence,
/// except the end of the text's last non-white-space character: finding that
/// one takes no skill.
struct SentenceScores: Equatable {
    var sentences = Score()
    var boundaries = Score()

    /// Scores one document's predicted sentences against its gold sentences.
    init(text: String, gold: [Span], predicted: [Span]) {
        let scalars = Array(text.unicodeScalars)
        var textEnd = scalars.count
        while textEnd > 0 && scalars[textEnd - 1].properties.isWhitespace { textEnd -= 1 }
        let gold = Self.trimmed(gold, in: scalars)
        let predicted = Self.trimmed(predicted, in: scalars)
        sentences = Score(predicted: predicted, gold: gold)
        boundaries = Score(
            predicted: Set(predicted.map(\.end).filter { $0 < textEnd }),
            gold: Set(gold.map(\.end).filter { $0 < textEnd }))
    }

    init() {}

    /// The summed scores of a chain's output documents, each against its gold spans.
    init(documents: [Document], gold: [[Span]]) {
        for (document, spans) in zip(documents, gold) {
            let predicted = (document[Sentences.self] ?? []).map(\.span)
            self += SentenceScores(text: document.text, gold: spans, predicted: predicted)
        }
    }

    static func += (lhs: inout SentenceScores, rhs: SentenceScores) {
        lhs.sentences += rhs.sentences
        lhs.boundaries += rhs.boundaries
    }

    /// The spans without white space at either end; spans left empty are dropped.
    private static func trimmed(_ spans: [Span], in scalars: [Unicode.Scalar]) -> Set<Span> {
        var result = Set<Span>()
        for span in spans {
            var start = span.start
            var end = span.end
            while start < end && scalars[start].properties.isWhitespace { start += 1 }
            while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
            if start < end { result.insert(Span(start: start, end: end)) }
        }
        return result
    }
}

import QuoteDetection
import Toolkit
import Transliteration

/// Checks for the plugin layers whose values hold more than one span: quotes and aligned texts.
extension LayerInvariants {
    /// Quote marks, speakers and cues are sound spans; each quote's content lies inside its
    /// marks; a mention's text is the text its span covers.
    static func quoteViolations(in document: Document, facts: TextFacts) -> [Violation] {
        guard let quotes = document[Quotes.self] else { return [] }
        let mentions = quotes.flatMap { [$0.speaker, $0.cue].compactMap { $0 } }
        var problems = spanProblems(quotes.map(\.marks) + mentions.map(\.span), facts: facts)
        for quote in quotes where !quote.marks.contains(quote.content) {
            problems.append("content \(facts.show(quote.content)) is not inside its marks \(facts.show(quote.marks))")
        }
        for mention in mentions where mention.span.end <= facts.scalars.count && String(document[mention.span]) != mention.text {
            problems.append("mention \(mention.text.debugDescription) does not match its span \(facts.show(mention.span))")
        }
        return problems.map { Violation(Quotes.name, $0) }
    }

    /// Each aligned text's segments are sound source spans, in order in the source and in the
    /// output, inside the output text; and the output between segments is the source between
    /// them, unchanged, so every output offset maps back to the source.
    static func alignedTextViolations(in document: Document, facts: TextFacts) -> [Violation] {
        var found: [Violation] = []
        for (name, aligned) in [(TransliteratedText.name, document[TransliteratedText.self]),
                                (NormalizedText.name, document[NormalizedText.self])] {
            guard let aligned else { continue }
            let output = Array(aligned.text.unicodeScalars)
            var problems = spanProblems(aligned.segments.map(\.source), facts: facts)
            var source = 0
            var written = 0
            for segment in aligned.segments {
                guard segment.source.start >= source, segment.output.start >= written,
                      segment.output.start <= segment.output.end, segment.output.end <= output.count,
                      segment.source.end <= facts.scalars.count
                else {
                    problems.append("segment \(segment.source) → \(segment.output) is out of order or outside the output")
                    break
                }
                if !facts.scalars[source..<segment.source.start].elementsEqual(output[written..<segment.output.start]) {
                    problems.append("the output before \(segment.output) is not the source before \(facts.show(segment.source))")
                }
                source = segment.source.end
                written = segment.output.end
            }
            if problems.isEmpty, !facts.scalars[source...].elementsEqual(output[written...]) {
                problems.append("the output after the last segment is not the source after it")
            }
            found += problems.map { Violation(name, $0) }
        }
        return found
    }
}

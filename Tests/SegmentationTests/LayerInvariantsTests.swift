import QuoteDetection
import Robustness
import Testing
import Toolkit
import Transliteration

/// The property tests are only as good as their checks: each check must catch a broken layer.
struct LayerInvariantsTests {
    let document = Document(id: "t", text: "قال «نعم» ثم مضى")

    @Test func soundLayersPass() {
        var document = document
        let mention = Mention(text: "قال", span: Span(start: 0, end: 3))
        document[Quotes.self] = [Quote(kind: .direct, content: Span(start: 5, end: 8), marks: Span(start: 4, end: 9), closed: true, cue: mention)]
        document[TransliteratedText.self] = AlignedText(scheme: "t", text: "qAl «nEm» vm mDY", segments: [
            AlignedSegment(source: Span(start: 0, end: 3), output: Span(start: 0, end: 3)),
            AlignedSegment(source: Span(start: 5, end: 8), output: Span(start: 5, end: 8)),
            AlignedSegment(source: Span(start: 10, end: 12), output: Span(start: 10, end: 12)),
            AlignedSegment(source: Span(start: 13, end: 16), output: Span(start: 13, end: 16)),
        ])
        #expect(LayerInvariants.violations(in: document).isEmpty, "\(LayerInvariants.violations(in: document))")
    }

    @Test func contentOutsideItsMarksAndAWrongMentionAreCaught() {
        var document = document
        let mention = Mention(text: "مضى", span: Span(start: 0, end: 3))
        document[Quotes.self] = [Quote(kind: .direct, content: Span(start: 5, end: 10), marks: Span(start: 4, end: 9), closed: true, speaker: mention)]
        let problems = LayerInvariants.violations(in: document).map(\.description)
        #expect(problems.contains { $0.contains("not inside its marks") }, "\(problems)")
        #expect(problems.contains { $0.contains("does not match its span") }, "\(problems)")
    }

    @Test func outputThatDoesNotMapBackIsCaught() {
        var document = document
        // The space and « after the first segment are not copied unchanged.
        document[TransliteratedText.self] = AlignedText(scheme: "t", text: "qAl-\"nEm» vm mDY", segments: [
            AlignedSegment(source: Span(start: 0, end: 3), output: Span(start: 0, end: 3)),
            AlignedSegment(source: Span(start: 5, end: 8), output: Span(start: 5, end: 8)),
        ])
        let problems = LayerInvariants.violations(in: document).map(\.description)
        #expect(problems.contains { $0.contains("is not the source before") }, "\(problems)")

        document[TransliteratedText.self] = AlignedText(scheme: "t", text: "qAl", segments: [
            AlignedSegment(source: Span(start: 0, end: 3), output: Span(start: 0, end: 9)),
        ])
        #expect(LayerInvariants.violations(in: document).contains { $0.description.contains("outside the output") })
    }
}

import Toolkit

/// What must hold of a document's layers, whatever the text.
///
/// Every layer of spans: each span inside the text, on code point boundaries
/// in UTF-16 and UTF-8 alike, and `document[span]` the same code points as the
/// span's slice of the text. Each known layer also has its own checks in
/// ``layerChecks``; a new layer gets its checks with one entry there.
public enum LayerInvariants {
    /// Every invariant the document's layers break.
    public static func violations(in document: Document) -> [Violation] {
        let facts = TextFacts(document)
        var found: [Violation] = []
        for name in document.layerNames {
            guard let items = document.layerValue(named: name) as? [any SpanAnnotation] else { continue }
            let spans = items.map(\.span)
            found += spanProblems(spans, facts: facts).map { Violation(name, $0) }
            found += (layerChecks[name]?(spans, facts) ?? []).map { Violation(name, $0) }
        }
        if let sentences = document[Sentences.self], let paragraphs = document[Paragraphs.self] {
            found += nested(sentences.map(\.span), in: paragraphs.map(\.span), facts: facts)
                .map { Violation("sentences", "\($0) crosses a paragraph") }
        }
        return found + quoteViolations(in: document, facts: facts) + alignedTextViolations(in: document, facts: facts)
    }

    /// Tokens that do not lie inside one sentence. ICU's word and sentence
    /// boundaries can disagree (`قال.وتابع`: a full stop between letters is
    /// inside a word but ends a sentence); the tokens stage must cut there.
    public static func tokensOutsideSentences(in document: Document) -> [Violation] {
        guard let tokens = document[Tokens.self], let sentences = document[Sentences.self] else { return [] }
        return nested(tokens.map(\.span), in: sentences.map(\.span), facts: TextFacts(document))
            .map { Violation("tokens", "\($0) is not inside one sentence") }
    }

    /// Checks for one layer's spans, by layer name.
    public static let layerChecks: [String: @Sendable ([Span], TextFacts) -> [String]] = [
        Paragraphs.name: { spans, facts in
            ordered(spans, facts: facts) + trimmed(spans, facts: facts) + covering(spans, facts: facts)
        },
        Sentences.name: { spans, facts in
            // Invisible format controls (bidi marks, soft hyphens, zero-width spaces) between
            // sentences belong to neither; every visible character belongs to one.
            ordered(spans, facts: facts) + trimmed(spans, facts: facts)
                + covering(spans, facts: facts, only: { !$0.isDefaultIgnorableCodePoint })
                + spans.filter { facts.containsLineEnd($0) }.map { "\(facts.show($0)) holds a line end" }
        },
        Tokens.name: { spans, facts in
            ordered(spans, facts: facts) + trimmed(spans, facts: facts)
                + covering(spans, facts: facts, only: \.isVisibleBase)
        },
    ]

    /// Spans inside the text, on code point boundaries, and sliced alike by every offset map.
    static func spanProblems(_ spans: [Span], facts: TextFacts) -> [String] {
        var problems: [String] = []
        let view = facts.document.view
        for span in spans {
            guard span.start >= 0, span.start <= span.end, span.end <= facts.scalars.count else {
                problems.append("\(span) is outside the text of \(facts.scalars.count) code points")
                continue
            }
            for offset in [span.start, span.end] {
                let unit = view.utf16Offset(scalar: offset)
                if view.scalarOffset(utf16: unit) != offset || (unit < view.utf16.count && view.utf16[unit] & 0xFC00 == 0xDC00) {
                    problems.append("\(span): code point \(offset) maps to UTF-16 offset \(unit), not a code point boundary")
                }
                let byte = view.utf8Offset(scalar: offset)
                if byte < view.utf8Count && facts.utf8[byte] & 0xC0 == 0x80 {
                    problems.append("\(span): code point \(offset) maps to UTF-8 offset \(byte), inside a code point")
                }
            }
            if !facts.document[span].unicodeScalars.elementsEqual(facts.scalars[span.range]) {
                problems.append("\(span): document[span] is \(facts.document[span].debugDescription), not \(facts.show(span))")
            }
        }
        return problems
    }

    /// Sorted, not empty, not overlapping.
    static func ordered(_ spans: [Span], facts: TextFacts) -> [String] {
        var problems = spans.filter(\.isEmpty).map { "\($0) is empty" }
        for (previous, next) in zip(spans, spans.dropFirst()) where next.start < previous.end {
            problems.append("\(facts.show(next)) starts before the end of \(facts.show(previous))")
        }
        return problems
    }

    /// No white space at either end.
    static func trimmed(_ spans: [Span], facts: TextFacts) -> [String] {
        spans.filter { !$0.isEmpty && (facts.isWhiteSpace($0.start) || facts.isWhiteSpace($0.end - 1)) }
            .map { "\(facts.show($0)) has white space at an end" }
    }

    /// Every code point that is not white space (and passes `only`) lies inside a span; `spans` sorted.
    static func covering(
        _ spans: [Span], facts: TextFacts, only include: (Unicode.Scalar.Properties) -> Bool = { _ in true }
    ) -> [String] {
        var problems: [String] = []
        var next = 0
        for offset in facts.scalars.indices where !facts.isWhiteSpace(offset) && include(facts.scalars[offset].properties) {
            while next < spans.count && spans[next].end <= offset { next += 1 }
            if next == spans.count || spans[next].start > offset {
                problems.append("code point \(offset) \(facts.name(offset)) is in no span")
                if problems.count == 5 { break }
            }
        }
        return problems
    }

    /// The spans of `inner` that do not lie inside one span of `outer`; both sorted.
    static func nested(_ inner: [Span], in outer: [Span], facts: TextFacts) -> [String] {
        var problems: [String] = []
        var index = 0
        for span in inner where !span.isEmpty {
            while index < outer.count && outer[index].end <= span.start { index += 1 }
            if index == outer.count || !outer[index].contains(span) { problems.append(facts.show(span)) }
        }
        return problems
    }
}

/// A document's code points and bytes, read once for all checks.
public struct TextFacts: Sendable {
    public let document: Document
    public let scalars: [Unicode.Scalar]
    let utf8: [UInt8]
    private let whiteSpace: [Bool]

    public init(_ document: Document) {
        self.document = document
        scalars = Array(document.text.unicodeScalars)
        utf8 = Array(document.text.utf8)
        whiteSpace = scalars.map { $0.properties.isWhitespace }
    }

    func isWhiteSpace(_ offset: Int) -> Bool { whiteSpace[offset] }

    func containsLineEnd(_ span: Span) -> Bool {
        scalars[span.range].contains {
            switch $0.value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    /// The span and its text, for messages.
    func show(_ span: Span) -> String {
        "\(span) \(String(String.UnicodeScalarView(scalars[span.range])).debugDescription)"
    }

    func name(_ offset: Int) -> String {
        "U+\(String(scalars[offset].value, radix: 16, uppercase: true))"
    }
}

extension Unicode.Scalar.Properties {
    /// A letter, number, punctuation or symbol: what a reader sees as a character of its own.
    var isVisibleBase: Bool {
        switch generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}

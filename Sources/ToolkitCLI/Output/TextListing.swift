import KeywordExtraction
import QuoteDetection
import Toolkit
import Transliteration

/// `--format text`: a readable summary of a document. Numbered sentences (each with its
/// transliteration when the chain made one), the keywords with their counts, the quotes with
/// speaker and cue, then a line for each other layer.
enum TextListing {
    /// - Parameter isolateLines: wrap each piece of text in Unicode bidi isolates (FSI … PDI), so a
    ///   bidi-aware terminal lays out Arabic lines right to left without mixing them with the numbering.
    static func render(_ document: Document, isolateLines: Bool) -> String {
        var listing = Listing(document: document, isolate: isolateLines)
        listing.header()
        listing.sentences()
        listing.keywords()
        listing.quotes()
        listing.otherLayers()
        return listing.lines.joined(separator: "\n") + "\n\n"
    }
}

private struct Listing {
    let document: Document
    let isolate: Bool
    var lines: [String] = []
    /// Layers shown in their own section; the rest get a line each at the end.
    private var shown: Set<String> = []

    init(document: Document, isolate: Bool) {
        self.document = document
        self.isolate = isolate
    }

    private func text(_ span: Span) -> String { shown(oneLine(document[span])) }

    private func shown(_ text: String) -> String { isolate ? "\u{2068}\(text)\u{2069}" : text }

    private func oneLine(_ text: Substring) -> String {
        guard text.contains(where: \.isNewline) else { return String(text) }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }

    private func numbered(_ index: Int, of count: Int) -> String {
        let number = String(index + 1)
        return String(repeating: " ", count: max(0, String(count).count - number.count)) + number
    }

    mutating func header() {
        var facts: [String] = []
        for name in document.layerNames {
            if let items = document.layerValue(named: name) as? [Any] { facts.append("\(items.count) \(name)") }
        }
        let language = document.language.map { " (\($0))" } ?? ""
        lines.append("# \(document.id)\(language)" + (facts.isEmpty ? "" : " — " + facts.joined(separator: ", ")))
    }

    mutating func sentences() {
        let units: [Span]
        let title: String
        if let sentences = document[Sentences.self] {
            units = sentences.map(\.span)
            title = "sentences"
            shown.insert(Sentences.name)
        } else if let paragraphs = document[Paragraphs.self] {
            units = paragraphs.map(\.span)
            title = "paragraphs"
        } else {
            return
        }
        shown.insert(Paragraphs.name)
        let transliteration = document[TransliteratedText.self].map(TransliterationLookup.init)
        if transliteration != nil { shown.insert(TransliteratedText.name) }
        lines.append("## \(title)")
        let pad = String(repeating: " ", count: String(units.count).count + 2)
        for (index, span) in units.enumerated() {
            lines.append("\(numbered(index, of: units.count))  \(text(span))")
            if let output = transliteration?.output(for: span), !output.isEmpty {
                lines.append("\(pad)\(shown(oneLine(output[...])))")
            }
        }
    }

    mutating func keywords() {
        guard let keywords = document[Keywords.self] else { return }
        shown.insert(Keywords.name)
        lines.append("## keywords")
        for (index, keyword) in keywords.enumerated() {
            lines.append("\(numbered(index, of: keywords.count))  \(shown(keyword.text)) ×\(keyword.count)")
        }
    }

    mutating func quotes() {
        guard let quotes = document[Quotes.self] else { return }
        shown.insert(Quotes.name)
        lines.append("## quotes")
        for (index, quote) in quotes.enumerated() {
            var line = "\(numbered(index, of: quotes.count))  [\(quote.kind.rawValue)] \(text(quote.marks))"
            if quote.kind == .direct || quote.speaker != nil {
                line += " — " + (quote.speaker.map { shown($0.text) } ?? "?")
                if let cue = quote.cue { line += " (\(shown(cue.text)))" }
            }
            if !quote.closed { line += " [not closed]" }
            lines.append(line)
        }
    }

    mutating func otherLayers() {
        for name in document.layerNames where !shown.contains(name) {
            let value = document.layerValue(named: name)!
            if let tokens = value as? [Token] {
                var kinds: [TokenKind: Int] = [:]
                for token in tokens { kinds[token.kind, default: 0] += 1 }
                let breakdown = TokenKind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }
                lines.append("## tokens: \(tokens.count) (\(breakdown.joined(separator: ", ")))")
            } else if let items = value as? [any SpanAnnotation] {
                lines.append("## \(name)")
                for (index, item) in items.enumerated() {
                    lines.append("\(numbered(index, of: items.count))  \(text(item.span))")
                }
            } else {
                var writer = JSONWriter()
                try? writer.value(value)
                lines.append("## \(name): \(String(decoding: writer.bytes, as: UTF8.self))")
            }
        }
    }
}

/// Finds the part of a transliteration's output that comes from a span of the source.
struct TransliterationLookup {
    private let aligned: AlignedText
    private let output: [Unicode.Scalar]

    init(_ aligned: AlignedText) {
        self.aligned = aligned
        self.output = Array(aligned.text.unicodeScalars)
    }

    /// The output of the segments whose source lies inside `span` (segments are in source order).
    func output(for span: Span) -> String {
        let segments = aligned.segments
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].source.start < span.start { low = middle + 1 } else { high = middle }
        }
        var last: AlignedSegment?
        var index = low
        while index < segments.count, segments[index].source.end <= span.end {
            if !segments[index].source.isEmpty { last = segments[index] }
            index += 1
        }
        guard low < segments.count, let last, span.contains(segments[low].source) else { return "" }
        let range = segments[low].output.start..<max(segments[low].output.start, last.output.end)
        return String(String.UnicodeScalarView(output[range.clamped(to: 0..<output.count)]))
    }
}

import Toolkit

/// Quotations: every stretch of text between quotation marks, with its kind,
/// and for reported words the speaker and the reporting word.
public enum Quotes: Layer {
    public typealias Value = [Quote]
    public static let name = "quotes"
}

/// What a pair of quotation marks is doing.
public enum QuoteKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Words attributed to a source: a person, an organisation, a statement, a post.
    case direct
    /// A name, title, label, term or scare quote.
    case term
}

/// A stretch of the text a quote points to: its speaker or its cue. JSON: `{"text", "start", "end"}`.
public struct Mention: Codable, Hashable, Sendable, JSONWritable {
    /// The text the span covers.
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }

    private enum CodingKeys: String, CodingKey { case text, start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        span = Span(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("text")
        writer.value(text)
        writer.spanMembers(span)
        writer.endObject()
    }
}

/// One quotation.
///
/// `content` runs from the first non-space character after the opening mark
/// to the last one before the closing mark; `marks` runs from the opening mark
/// through the closing mark. Where a mark is missing (`closed` is false), `marks`
/// stops at the content's edge on that side: `marks.start == content.start`
/// means the opening mark is missing, `marks.end == content.end` the closing one.
public struct Quote: SpanAnnotation, Codable, Hashable, JSONWritable {
    public var kind: QuoteKind
    public var content: Span
    public var marks: Span
    /// False when the quote lacks a mark of its own: an unclosed quote, a closing mark
    /// with no opening one, or a paragraph that the next one continues by reopening the quote.
    public var closed: Bool
    /// Who said the words (direct quotes only), or `nil` when no source is found.
    public var speaker: Mention?
    /// The reporting word or phrase (`قال`, `said`, `according to`), or `nil`.
    public var cue: Mention?

    public init(
        kind: QuoteKind, content: Span, marks: Span, closed: Bool, speaker: Mention? = nil, cue: Mention? = nil
    ) {
        self.kind = kind
        self.content = content
        self.marks = marks
        self.closed = closed
        self.speaker = speaker
        self.cue = cue
    }

    /// The quoted words: the content span.
    public var span: Span { content }

    private enum CodingKeys: String, CodingKey { case kind, content, marks, closed, speaker, cue }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(QuoteKind.self, forKey: .kind)
        content = try c.decode(Span.self, forKey: .content)
        marks = try c.decode(Span.self, forKey: .marks)
        closed = try c.decode(Bool.self, forKey: .closed)
        speaker = try c.decodeIfPresent(Mention.self, forKey: .speaker)
        cue = try c.decodeIfPresent(Mention.self, forKey: .cue)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(content, forKey: .content)
        try c.encode(marks, forKey: .marks)
        try c.encode(closed, forKey: .closed)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(cue, forKey: .cue)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("kind")
        writer.value(kind.rawValue)
        writer.key("content")
        writer.value(content)
        writer.key("marks")
        writer.value(marks)
        writer.key("closed")
        writer.value(closed)
        writer.key("speaker")
        if let speaker { speaker.writeJSON(to: &writer) } else { writer.null() }
        writer.key("cue")
        if let cue { cue.writeJSON(to: &writer) } else { writer.null() }
        writer.endObject()
    }
}

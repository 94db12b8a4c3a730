// The layers most stages share. They live in the core so that a plugin can
// read sentences or tokens without depending on the plugin that makes them.

/// Blocks of text separated by blank lines.
public enum Paragraphs: Layer {
    public typealias Value = [Paragraph]
    public static let name = "paragraphs"
}

/// Sentences, in text order, never crossing a paragraph.
public enum Sentences: Layer {
    public typealias Value = [Sentence]
    public static let name = "sentences"
}

/// Word, number, punctuation and symbol tokens, in text order; white space is not a token.
public enum Tokens: Layer {
    public typealias Value = [Token]
    public static let name = "tokens"
}

/// Page chrome (headers, footers, comment forms) that content stages skip.
public enum Boilerplate: Layer {
    public typealias Value = [BoilerplateBlock]
    public static let name = "boilerplate"
}

/// One paragraph: a block of text between blank lines, trimmed of white space.
public struct Paragraph: SpanAnnotation, Codable, Hashable, JSONWritable {
    public var span: Span
    public init(span: Span) { self.span = span }

    public init(from decoder: any Decoder) throws { span = try Span(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try span.encode(to: encoder) }
    public func writeJSON(to writer: inout JSONWriter) { writer.value(span) }
}

/// One sentence, trimmed of white space.
public struct Sentence: SpanAnnotation, Codable, Hashable, JSONWritable {
    public var span: Span
    /// Why the sentence ends where it does, when the stage was asked to explain itself.
    public var reason: String?

    public init(span: Span, reason: String? = nil) {
        self.span = span
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey { case start, end, reason }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = Span(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encodeIfPresent(reason, forKey: .reason)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.spanMembers(span)
        if let reason {
            writer.key("reason")
            writer.value(reason)
        }
        writer.endObject()
    }
}

/// What a token is made of.
public enum TokenKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Letters, with any marks and joiners inside (`الجزائر`, `don't`).
    case word
    /// Digits in any script, with their separators (`2017`, `3.5`, `٢٠١٧`).
    case number
    /// Punctuation (`.`, `،`, `«`).
    case punctuation
    /// Symbols: currency, math, other signs (`$`, `+`, `©`).
    case symbol
    /// Emoji, with their modifiers and joiners.
    case emoji
    /// Anything else: control or format characters, unassigned code points.
    case other
}

extension TokenKind {
    /// The length of the longest ``encodedMember``.
    fileprivate static let longestEncodedMember = allCases.map(\.encodedMember.utf8CodeUnitCount).max()!

    /// `"kind":"<kind>"`, as the JSON writer writes it.
    fileprivate var encodedMember: StaticString {
        switch self {
        case .word: #""kind":"word""#
        case .number: #""kind":"number""#
        case .punctuation: #""kind":"punctuation""#
        case .symbol: #""kind":"symbol""#
        case .emoji: #""kind":"emoji""#
        case .other: #""kind":"other""#
        }
    }
}

/// One token.
public struct Token: SpanAnnotation, Codable, Hashable, JSONWritable {
    public var span: Span
    public var kind: TokenKind

    public init(span: Span, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey { case start, end, kind }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = Span(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
        kind = try c.decode(TokenKind.self, forKey: .kind)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(kind, forKey: .kind)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.value(span, encodedMember: kind.encodedMember)
    }

    /// Writes the tokens in one piece: they are the most numerous values of a document.
    public static func writeJSON(array tokens: [Token], to writer: inout JSONWriter) {
        writer.spanArray(tokens, maximumMemberLength: TokenKind.longestEncodedMember) { ($0.span, $0.kind.encodedMember) }
    }
}

/// A block of page chrome, with the reason it was marked.
public struct BoilerplateBlock: SpanAnnotation, Codable, Hashable, JSONWritable {
    public var span: Span
    public var reason: String

    public init(span: Span, reason: String) {
        self.span = span
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey { case start, end, reason }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = Span(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
        reason = try c.decode(String.self, forKey: .reason)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(reason, forKey: .reason)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.spanMembers(span)
        writer.key("reason")
        writer.value(reason)
        writer.endObject()
    }
}

extension Document {
    /// Whether a span falls inside a block the `boilerplate` layer marks (false when the layer is absent).
    public func isBoilerplate(_ span: Span) -> Bool {
        guard let blocks = self[Boilerplate.self] else { return false }
        return blocks.contains { $0.span.overlaps(span) }
    }
}

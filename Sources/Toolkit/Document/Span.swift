/// A range of a document's text in Unicode code points, end exclusive.
///
/// Code points are what JSON output uses, so `text[start:end]` in Python gives
/// the span's text. In Swift, `document[span]` gives it in one call; the
/// document's ``TextView`` converts a span to UTF-16 or UTF-8 offsets in O(1).
public struct Span: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span's start (\(start)) must not be after its end (\(end))")
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

/// An annotation that covers one span of the text: a sentence, a token, a quote's content.
public protocol SpanAnnotation: Sendable {
    var span: Span { get }
}

extension Span: SpanAnnotation {
    public var span: Span { self }
}

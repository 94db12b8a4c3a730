import Toolkit

/// A text derived from a document's text (transliterated, normalized) that
/// maps back to the exact source text it came from.
///
/// The output is made of the segments' outputs and, between them, the source
/// text copied unchanged. So every output offset maps back: inside a segment to
/// that segment's source span, between segments to the very same character of
/// the source.
///
/// In JSON: `{"scheme": …, "text": …, "segments": [{"source": {"start", "end"}, "output": {"start", "end"}}]}`,
/// every offset in code points, end exclusive; `output` offsets point into `text`.
public struct AlignedText: Codable, Hashable, Sendable, JSONWritable {
    /// What made the text: a scheme's name, an ICU transform ID, a normalization.
    public var scheme: String
    /// The whole output text.
    public var text: String
    /// The pieces that were transformed, in text order, never overlapping.
    public var segments: [AlignedSegment]

    public init(scheme: String, text: String, segments: [AlignedSegment]) {
        self.scheme = scheme
        self.text = text
        self.segments = segments
    }

    /// The source span that produced an output span.
    ///
    /// An end inside a segment widens to the whole segment, since a transform
    /// maps a segment as a whole; offsets between segments map one to one.
    public func sourceSpan(ofOutput output: Span) -> Span {
        let start = sourceOffset(ofOutput: output.start, roundingUp: false)
        let end = sourceOffset(ofOutput: output.end, roundingUp: true)
        return Span(start: start, end: max(start, end))
    }

    /// The source offset of an output offset; inside a segment, its source start or end.
    private func sourceOffset(ofOutput offset: Int, roundingUp: Bool) -> Int {
        // The last segment whose output starts at or before `offset` (or before it, when rounding up).
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            let start = segments[middle].output.start
            if roundingUp ? start < offset : start <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return offset }
        let segment = segments[low - 1]
        if offset >= segment.output.end { return segment.source.end + (offset - segment.output.end) }
        return roundingUp ? segment.source.end : segment.source.start
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("scheme")
        writer.value(scheme)
        writer.key("text")
        writer.value(text)
        writer.key("segments")
        segments.writeJSON(to: &writer)
        writer.endObject()
    }
}

/// One transformed piece: the source span it read and the output span it wrote.
public struct AlignedSegment: Codable, Hashable, Sendable, JSONWritable {
    /// Code points of the document's text.
    public var source: Span
    /// Code points of the output text.
    public var output: Span

    public init(source: Span, output: Span) {
        self.source = source
        self.output = output
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("source")
        writer.value(source)
        writer.key("output")
        writer.value(output)
        writer.endObject()
    }
}

/// The `transliteration` layer: the document's text through a transform, aligned to the source.
public enum TransliteratedText: Layer {
    public typealias Value = AlignedText
    public static let name = "transliteration"
}

/// The `normalized` layer: the document's text normalized for matching, aligned to the source.
public enum NormalizedText: Layer {
    public typealias Value = AlignedText
    public static let name = "normalized"
}

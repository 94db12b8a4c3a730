import Toolkit

/// Turns the UTF-16 output offsets of `segments` into code point offsets, in one walk over `units`.
/// The offsets must not decrease from one segment to the next; pairs count as `transcodeUTF16` counts them.
func convertOutputOffsetsToCodePoints(_ segments: inout [AlignedSegment], in units: UnsafeBufferPointer<UInt16>) {
    var unit = 0
    var scalar = 0
    func codePoint(at offset: Int) -> Int {
        while unit < offset {
            let isPair = units[unit] & 0xFC00 == 0xD800 && unit + 1 < units.count && units[unit + 1] & 0xFC00 == 0xDC00
            unit += isPair ? 2 : 1
            scalar += 1
        }
        return scalar
    }
    for index in segments.indices {
        let output = segments[index].output
        let start = codePoint(at: output.start)
        segments[index].output = Span(start: start, end: codePoint(at: output.end))
    }
}

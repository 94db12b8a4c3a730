import Toolkit

/// Writes UTF-16 as UTF-8 into `out`, which has room for 3 bytes per unit; a lone surrogate becomes U+FFFD.
/// Returns the bytes written and the surrogate pairs read (the code points are `units.count - pairs`).
func transcodeUTF16(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>) -> (bytes: Int, pairs: Int) {
    var written = 0
    var pairs = 0
    var index = 0
    while index < units.count {
        let unit = units[index]
        index += 1
        if unit < 0x800 {
            // One byte or two, chosen without a branch: Arabic text alternates two-byte letters and
            // ASCII spaces, and a mispredicted branch per word cost more than this (20 -> 12 ms on the corpus).
            // The second byte is written either way; a one-byte character's is overwritten next.
            let isTwo = Int(truncatingIfNeeded: (unit &+ 0x7F80) >> 15)  // 1 from U+0080 up
            let mask = UInt16(truncatingIfNeeded: 0 &- isTwo)
            out[written] = UInt8(truncatingIfNeeded: (0xC0 | unit >> 6) & mask | unit & ~mask)
            out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
            written += 1 &+ isTwo
        } else if unit & 0xF800 != 0xD800 {
            written += encodeUTF8(UInt32(unit), into: out + written)
        } else if unit < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
            let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
            written += encodeUTF8(scalar, into: out + written)
            index += 1
            pairs += 1
        } else {
            written += encodeUTF8(0xFFFD, into: out + written)
        }
    }
    return (written, pairs)
}

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

extension String {
    /// A string of UTF-8 this module wrote itself (source text copied at code point boundaries,
    /// ``encodeUTF8(_:into:)``, ``transcodeUTF16(_:into:)``), so valid: copied without validating it again.
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        #if compiler(>=6.2)
        self.init(copying: UTF8Span(unchecked: bytes.span))
        #else
        self.init(decoding: bytes, as: UTF8.self)
        #endif
    }
}

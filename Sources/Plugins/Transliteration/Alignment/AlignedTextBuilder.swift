import Toolkit

/// Builds an ``AlignedText``: appends output as UTF-8, counts its code points,
/// and records a segment for each transformed piece.
struct AlignedTextBuilder {
    private var bytes: [UInt8] = []
    private var segments: [AlignedSegment] = []
    /// Code points written so far: the output offset of the next one.
    private(set) var scalarCount = 0

    init(expectedBytes: Int) {
        bytes.reserveCapacity(expectedBytes)
    }

    /// Appends source text unchanged (the text between segments).
    mutating func appendVerbatim(_ utf8: UnsafeBufferPointer<UInt8>, scalars: Int) {
        bytes.append(contentsOf: utf8)
        scalarCount += scalars
    }

    /// Appends UTF-8 that the caller writes into `capacity` reserved bytes; `write` returns the bytes and code points written.
    mutating func appendUTF8(
        capacity: Int, _ write: (UnsafeMutablePointer<UInt8>) -> (bytes: Int, scalars: Int)
    ) {
        let start = bytes.count
        var written = (bytes: 0, scalars: 0)
        bytes.append(contentsOf: repeatElement(0, count: capacity))
        bytes.withUnsafeMutableBufferPointer { buffer in
            written = write(buffer.baseAddress! + start)
        }
        bytes.removeLast(capacity - written.bytes)
        scalarCount += written.scalars
    }

    /// Appends UTF-16 output (from ICU) as UTF-8; a lone surrogate becomes U+FFFD.
    mutating func appendUTF16(_ units: UnsafeBufferPointer<UInt16>) {
        appendUTF8(capacity: units.count * 3) { out in
            var written = 0
            var scalars = 0
            var index = 0
            while index < units.count {
                var scalar = UInt32(units[index])
                index += 1
                if scalar & 0xF800 == 0xD800 {
                    if scalar < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                        index += 1
                    } else {
                        scalar = 0xFFFD
                    }
                }
                written += encodeUTF8(scalar, into: out + written)
                scalars += 1
            }
            return (written, scalars)
        }
    }

    /// Records that `source` produced the output written since `outputStart`.
    mutating func addSegment(source: Span, outputStart: Int) {
        segments.append(AlignedSegment(source: source, output: Span(start: outputStart, end: scalarCount)))
    }

    func build(scheme: String) -> AlignedText {
        AlignedText(scheme: scheme, text: String(decoding: bytes, as: UTF8.self), segments: segments)
    }
}

/// Writes one code point as UTF-8 and returns how many bytes that took.
@inline(__always)
func encodeUTF8(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
    switch scalar {
    case ..<0x80:
        out[0] = UInt8(scalar)
        return 1
    case ..<0x800:
        out[0] = UInt8(0xC0 | scalar >> 6)
        out[1] = UInt8(0x80 | scalar & 0x3F)
        return 2
    case ..<0x10000:
        out[0] = UInt8(0xE0 | scalar >> 12)
        out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
        out[2] = UInt8(0x80 | scalar & 0x3F)
        return 3
    default:
        out[0] = UInt8(0xF0 | scalar >> 18)
        out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
        out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
        out[3] = UInt8(0x80 | scalar & 0x3F)
        return 4
    }
}

import Toolkit

/// Builds an ``AlignedText``: appends output as UTF-8, counts its code points,
/// and records a segment for each transformed piece.
///
/// A class writing through a pointer: a builder lives for one document, and
/// appends happen per token, where copy-on-write checks would show.
final class AlignedTextBuilder {
    /// The output is `bytes[..<byteCount]`; the rest is room to write into.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var byteCount = 0
    private var segments: [AlignedSegment] = []
    /// Code points written so far: the output offset of the next one.
    private(set) var scalarCount = 0

    init(expectedBytes: Int, expectedSegments: Int) {
        capacity = max(64, expectedBytes)
        bytes = .allocate(capacity: capacity)
        segments.reserveCapacity(expectedSegments)
    }

    deinit { bytes.deallocate() }

    /// Appends source text unchanged (the text between segments).
    func appendVerbatim(_ utf8: UnsafeBufferPointer<UInt8>, scalars: Int) {
        appendUTF8(capacity: utf8.count) { out in
            // Gaps between tokens are a space or two, where a loop beats a call to memcpy.
            if utf8.count > 16 {
                out.initialize(from: utf8.baseAddress!, count: utf8.count)
            } else {
                for index in utf8.indices { out[index] = utf8[index] }
            }
            return (utf8.count, scalars)
        }
    }

    /// Appends UTF-8 that `write` puts into at least `capacity` bytes of room; it returns the bytes and code points written.
    func appendUTF8(capacity needed: Int, _ write: (UnsafeMutablePointer<UInt8>) -> (bytes: Int, scalars: Int)) {
        if byteCount + needed > capacity {
            capacity = max(capacity * 2, byteCount + needed)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.initialize(from: bytes, count: byteCount)
            bytes.deallocate()
            bytes = grown
        }
        let written = write(bytes + byteCount)
        byteCount += written.bytes
        scalarCount += written.scalars
    }

    /// Appends UTF-16 output as UTF-8; a lone surrogate becomes U+FFFD.
    func appendUTF16(_ units: UnsafeBufferPointer<UInt16>) {
        appendUTF8(capacity: units.count * 3) { out in
            let written = transcodeUTF16(units, into: out)
            return (written.bytes, units.count - written.pairs)
        }
    }

    /// Records that `source` produced the output written since `outputStart`.
    func addSegment(source: Span, outputStart: Int) {
        segments.append(AlignedSegment(source: source, output: Span(start: outputStart, end: scalarCount)))
    }

    func build(scheme: String) -> AlignedText {
        AlignedText(
            scheme: scheme, text: String(unvalidatedUTF8: UnsafeBufferPointer(start: bytes, count: byteCount)),
            segments: segments)
    }
}

/// The length of the UTF-8 sequence a lead byte starts.
@inline(__always)
func utf8SequenceLength(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
}

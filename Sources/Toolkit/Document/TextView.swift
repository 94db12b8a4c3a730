/// The one view of a document's text that every stage shares.
///
/// It holds the UTF-16 code units ICU reads and the offset maps between code
/// points (what spans use), UTF-16 and UTF-8 (what `String` indexes). It is
/// built once per document, in one pass over the UTF-8 bytes, so no stage
/// converts the text again. Every conversion is O(1): exact tables where the
/// text needs them, identity where it does not (BMP-only or ASCII text), and
/// checkpoints every ``checkpointStride`` code points with a short bounded walk.
public final class TextView: Sendable {
    /// The text as UTF-16 code units, for ICU.
    public let utf16: [UInt16]
    /// The number of Unicode code points.
    public let scalarCount: Int
    /// The number of UTF-8 bytes.
    public let utf8Count: Int

    /// Code points between two checkpoints.
    public static let checkpointStride = 32

    /// UTF-8 offset of every `checkpointStride`-th code point; empty when the text is ASCII.
    private let utf8Checkpoints: [Int32]
    /// UTF-16 offset of every `checkpointStride`-th code point; empty when there are no surrogate pairs.
    private let utf16Checkpoints: [Int32]
    /// Code point offset of every UTF-16 offset; empty when there are no surrogate pairs.
    private let scalarOfUTF16: [Int32]
    /// The text itself, for walking its UTF-8 bytes between checkpoints.
    public let text: String

    /// Whether every code point is one UTF-16 unit, so UTF-16 offsets are code point offsets. (Stored, so
    /// that the inlined conversions below read it with one load: most text is aligned, and a stage that
    /// converts an offset per token then pays no call.)
    public let utf16IsScalarAligned: Bool

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let count = text.utf8.count
        let markCapacity = count / TextView.checkpointStride + 2
        var decoded = Decoded()
        var utf8Marks = [Int32](repeating: 0, count: markCapacity)
        var utf16Marks = [Int32](repeating: 0, count: markCapacity)
        let units = [UInt16](unsafeUninitializedCapacity: count) { units, unitCount in
            utf8Marks.withUnsafeMutableBufferPointer { utf8Out in
                utf16Marks.withUnsafeMutableBufferPointer { utf16Out in
                    text.utf8.withContiguousStorageIfAvailable { bytes in
                        decoded = TextView.decode(bytes, into: units, utf8Marks: utf8Out, utf16Marks: utf16Out)
                    }
                }
            }
            unitCount = decoded.units
        }
        utf8Marks.removeLast(markCapacity - decoded.marks)
        utf16Marks.removeLast(markCapacity - decoded.marks)
        let scalars = decoded.scalars
        let isASCII = decoded.units == count
        let hasSupplementary = decoded.units > decoded.scalars
        self.scalarCount = scalars
        self.utf8Count = count
        self.utf16IsScalarAligned = !hasSupplementary
        self.utf8Checkpoints = isASCII ? [] : utf8Marks
        if hasSupplementary {
            self.utf16Checkpoints = utf16Marks
            var map = [Int32](repeating: 0, count: units.count + 1)
            var scalar: Int32 = 0
            var u = 0
            while u < units.count {
                map[u] = scalar
                if units[u] & 0xFC00 == 0xD800, u + 1 < units.count {
                    map[u + 1] = scalar
                    u += 2
                } else {
                    u += 1
                }
                scalar += 1
            }
            map[units.count] = scalar
            self.scalarOfUTF16 = map
        } else {
            self.utf16Checkpoints = []
            self.scalarOfUTF16 = []
        }
        self.text = text
        self.utf16 = units
    }

    private struct Decoded {
        var units = 0
        var scalars = 0
        var marks = 0
    }

    /// Decodes valid UTF-8 into UTF-16 and records a checkpoint every `checkpointStride` code points.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into units: UnsafeMutableBufferPointer<UInt16>,
        utf8Marks: UnsafeMutableBufferPointer<Int32>, utf16Marks: UnsafeMutableBufferPointer<Int32>
    ) -> Decoded {
        let count = bytes.count
        var i = 0
        var u = 0
        var scalars = 0
        var marks = 0
        while i < count {
            utf8Marks[marks] = Int32(truncatingIfNeeded: i)
            utf16Marks[marks] = Int32(truncatingIfNeeded: u)
            marks &+= 1
            if count &- i >= 4 &* checkpointStride {
                // Room for `checkpointStride` code points of any length: no test for the end. One- and
                // two-byte characters are told apart without a branch, since Arabic text alternates
                // two-byte letters and ASCII spaces (about 35% fewer cycles than a branch per character).
                for _ in 0..<checkpointStride {
                    let lead = bytes[i]
                    if lead < 0xE0 {
                        let isTwo = Int(truncatingIfNeeded: lead >> 7)
                        let two = UInt16(lead & 0x1F) << 6 | UInt16(bytes[i &+ 1] & 0x3F)
                        let mask = UInt16(truncatingIfNeeded: 0 &- isTwo)
                        units[u] = two & mask | UInt16(lead) & ~mask
                        i &+= 1 &+ isTwo
                        u &+= 1
                    } else {
                        let step = decodeLong(lead, at: i, bytes, into: units, at: u)
                        i &+= step.bytes
                        u &+= step.units
                    }
                }
                scalars &+= checkpointStride
                continue
            }
            // Near the end: up to `checkpointStride` code points, testing for the end after each.
            var left = checkpointStride
            while left > 0 && i < count {
                left -= 1
                let lead = bytes[i]
                if lead < 0x80 {
                    units[u] = UInt16(lead)
                    i += 1
                    u += 1
                } else if lead < 0xE0 {
                    units[u] = UInt16(lead & 0x1F) << 6 | UInt16(bytes[i + 1] & 0x3F)
                    i += 2
                    u += 1
                } else {
                    let step = decodeLong(lead, at: i, bytes, into: units, at: u)
                    i += step.bytes
                    u += step.units
                }
            }
            scalars += checkpointStride - left
        }
        utf8Marks[marks] = Int32(count)
        utf16Marks[marks] = Int32(u)
        return Decoded(units: u, scalars: scalars, marks: marks + 1)
    }

    /// Decodes the three- or four-byte sequence that `lead`, at byte `i`, starts, into one unit or a surrogate pair.
    @inline(__always)
    private static func decodeLong(
        _ lead: UInt8, at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, into units: UnsafeMutableBufferPointer<UInt16>, at u: Int
    ) -> (bytes: Int, units: Int) {
        if lead < 0xF0 {
            units[u] = UInt16(lead & 0x0F) << 12 | UInt16(bytes[i + 1] & 0x3F) << 6 | UInt16(bytes[i + 2] & 0x3F)
            return (3, 1)
        }
        let scalar = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        let offset = scalar - 0x10000
        units[u] = UInt16(0xD800 + (offset >> 10))
        units[u + 1] = UInt16(0xDC00 + (offset & 0x3FF))
        return (4, 2)
    }

    /// The code point offset at a UTF-16 offset (the start of its code point when it falls inside a pair).
    @inlinable
    public func scalarOffset(utf16 offset: Int) -> Int {
        utf16IsScalarAligned ? offset : _scalarOffset(utf16: offset)
    }

    @usableFromInline
    func _scalarOffset(utf16 offset: Int) -> Int { Int(scalarOfUTF16[offset]) }

    /// The UTF-16 offset of a code point offset.
    @inlinable
    public func utf16Offset(scalar offset: Int) -> Int {
        utf16IsScalarAligned ? offset : _utf16Offset(scalar: offset)
    }

    @usableFromInline
    func _utf16Offset(scalar offset: Int) -> Int {
        let stride = TextView.checkpointStride
        var unit = Int(utf16Checkpoints[offset / stride])
        var remaining = offset % stride
        while remaining > 0 {
            unit += (utf16[unit] & 0xFC00 == 0xD800) ? 2 : 1
            remaining -= 1
        }
        return unit
    }

    /// The UTF-8 offset of a code point offset.
    public func utf8Offset(scalar offset: Int) -> Int {
        if utf8Checkpoints.isEmpty { return offset }
        let stride = TextView.checkpointStride
        let checkpoint = Int(utf8Checkpoints[offset / stride])
        let remaining = offset % stride
        if remaining == 0 { return checkpoint }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var byte = checkpoint
            for _ in 0..<remaining {
                let lead = bytes[byte]
                byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
            return byte
        }!
    }

    /// A span in code points for a range of UTF-16 offsets.
    @inlinable
    public func span(utf16 range: Range<Int>) -> Span {
        Span(start: scalarOffset(utf16: range.lowerBound), end: scalarOffset(utf16: range.upperBound))
    }

    /// The UTF-16 range of a span.
    @inlinable
    public func utf16Range(_ span: Span) -> Range<Int> {
        utf16Offset(scalar: span.start)..<utf16Offset(scalar: span.end)
    }

    /// The UTF-8 range of a span.
    public func utf8Range(_ span: Span) -> Range<Int> {
        utf8Offset(scalar: span.start)..<utf8Offset(scalar: span.end)
    }
}

/// UTF-16 back to UTF-8, for stages that work on a document's UTF-16 view (``TextView/utf16``) and
/// make strings of what they find or write: one encoder, written for Arabic text. `String(utf16Units:)`
/// is for any stage; the pointer-level writers behind it serve this package's own plugins.

/// Writes UTF-16 as UTF-8 into `out`, which has room for 3 bytes per unit; a lone surrogate becomes U+FFFD.
/// Returns the bytes written and the surrogate pairs read (the code points are `units.count - pairs`).
package func transcodeUTF16(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>) -> (bytes: Int, pairs: Int) {
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

/// Writes one code point as UTF-8 and returns how many bytes that took.
@inlinable @inline(__always)
package func encodeUTF8(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
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

extension String {
    /// The string of UTF-16 units, an unpaired surrogate as U+FFFD: what `String(decoding:as: UTF16.self)`
    /// makes, without decoding scalar by scalar through a generic parser.
    ///
    /// The string is made in exactly as many bytes as it takes, so that one of up to 15 bytes (an Arabic
    /// word of up to seven letters) stays inline, with no heap buffer to make or free.
    public init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        // Written aside and copied: the copy is made in its exact size (inline when short), and costs less
        // than the validation that `String(unsafeUninitializedCapacity:initializingUTF8With:)` runs.
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * units.count + 1) { scratch in
            let written = transcodeUTF16(units, into: scratch.baseAddress!).bytes
            return String(unvalidatedUTF8: UnsafeBufferPointer(rebasing: scratch[..<written]))
        }
    }

    /// A string of UTF-8 that its caller wrote itself and knows to be valid (source text copied at code
    /// point boundaries, ``encodeUTF8(_:into:)``, ``transcodeUTF16(_:into:)``): copied without being
    /// validated again. Invalid bytes make an invalid string, so this stays inside the package; code
    /// outside it uses `String(decoding:as:)`.
    package init(unvalidatedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        #if compiler(>=6.2)
        self.init(copying: UTF8Span(unchecked: bytes.span))
        #else
        self.init(decoding: bytes, as: UTF8.self)
        #endif
    }
}

/// Finding the end of a plain run inside a JSON string, eight bytes at a time: a document's text
/// is almost all of a JSONL record, and almost none of its bytes need a second look.
enum JSONStringScan {
    /// The offset of the first quote, backslash or control character (below U+0020) at or after
    /// `start`, or `bytes.count` when there is none.
    static func nextSpecialByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 8 <= bytes.count, !mayHoldSpecialByte(bytes, at: index) { index += 8 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index += 1
        }
        return index
    }

    /// Whether any of the eight bytes at `offset` may be a quote, a backslash or a control
    /// character: false means none is. A lane is zero after subtracting one only if it was zero
    /// or a lower lane borrowed, so a true answer is checked byte by byte.
    @inline(__always)
    private static func mayHoldSpecialByte(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let lanes = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
        let quotes = lanes ^ (UInt64(ascii: "\"") &* ones)
        let backslashes = lanes ^ (UInt64(ascii: "\\") &* ones)
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let belowSpace = (lanes &- 0x20 &* ones) & ~lanes
        return (zeroQuote | zeroBackslash | belowSpace) & highBits != 0
    }
}

extension UInt64 {
    fileprivate init(ascii: Unicode.Scalar) { self = UInt64(ascii.value) }
}

/// Finding the next byte of a JSON string that needs a second look, eight bytes at a time: a
/// document's text is almost all of a JSONL record and of the JSON written for it, and almost
/// none of its bytes need one.
enum JSONStringScan {
    /// The offset of the first quote, backslash or control character (below U+0020) at or after
    /// `start`, or `bytes.count` when there is none: where a plain run of a string being read ends.
    static func nextSpecialByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        next(in: bytes, from: start, stoppingAtEF: false)
    }

    /// Like ``nextSpecialByte(in:from:)``, but also stopping at 0xEF, the lead byte of U+FEFF,
    /// which the writer escapes: where a plain run of a string being written ends.
    static func nextByteToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        next(in: bytes, from: start, stoppingAtEF: true)
    }

    @inline(__always)
    private static func next(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAtEF: Bool) -> Int {
        var index = start
        // Wrapping steps: the index stays below the buffer's count, far from `Int.max`.
        while index &+ 8 <= bytes.count {
            let lanes = load(bytes, at: index)
            if specialLanes(lanes) | (stoppingAtEF ? equalLanes(lanes, 0xEF) : 0) != 0 { break }
            index &+= 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || (stoppingAtEF && byte == 0xEF) {
                return index
            }
            index += 1
        }
        return index
    }

    @inline(__always)
    private static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// The high bit of each byte of `lanes` that may be a quote, a backslash or a control
    /// character: zero means none is. A lane is zero after subtracting one only if it was zero
    /// or a lower lane borrowed, so a set bit is checked byte by byte.
    @inline(__always)
    private static func specialLanes(_ lanes: UInt64) -> UInt64 {
        let belowSpace = (lanes &- 0x20 &* ones) & ~lanes & highBits
        return equalLanes(lanes, UInt8(ascii: "\"")) | equalLanes(lanes, UInt8(ascii: "\\")) | belowSpace
    }

    /// The high bit of each byte of `lanes` that may equal `byte` (and maybe of bytes above one).
    @inline(__always)
    private static func equalLanes(_ lanes: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = lanes ^ (UInt64(byte) &* ones)
        return (difference &- ones) & ~difference & highBits
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
}

/// The units that end a line in UTF-16 text: LF, CR, NEL (U+0085), LS (U+2028) and PS (U+2029).
///
/// Stages that read a document line by line find the line ends with ``forEach(in:of:_:)``, which
/// reads the text eight units at a time: line ends are rare, and every unit of the text is read.
public enum LineEnds {
    /// Whether a UTF-16 unit ends a line.
    @inlinable @inline(__always)
    public static func contains(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029
    }

    /// Calls `body` with the offset of each line end in `range` of `text`, in order.
    @inlinable @inline(__always)
    public static func forEach(in range: Range<Int>, of text: UnsafeBufferPointer<UInt16>, _ body: (Int) -> Void) {
        var index = range.lowerBound
        while index < range.upperBound {
            if index + 8 <= range.upperBound && !blockMayHoldOne(text, at: index) {
                index += 8
                continue
            }
            if contains(text[index]) { body(index) }
            index += 1
        }
    }

    /// Whether any of the eight units at `offset` may end a line; `false` means that none does.
    @inlinable @inline(__always)
    static func blockMayHoldOne(_ text: UnsafeBufferPointer<UInt16>, at offset: Int) -> Bool {
        let block = UnsafeRawPointer(text.baseAddress! + offset)
        return (lanes(block.loadUnaligned(as: UInt64.self)) | lanes(block.loadUnaligned(fromByteOffset: 8, as: UInt64.self))) != 0
    }

    /// The high bit of every 16-bit lane of `word` that holds a line end, and maybe of some other
    /// lanes (a borrow can flag the lane above a flagged one); never missing a line end.
    @inlinable @inline(__always)
    static func lanes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0001_0001_0001_0001
        let highBits: UInt64 = 0x8000_8000_8000_8000
        // A lane below U+000E (LF, CR and other controls) turns negative when U+000E is taken from it.
        let controls = (word &- 0x000E &* ones) & ~word
        // NEL, and LS and PS together (they differ in the lowest bit), as lanes that become zero.
        let nel = word ^ (0x0085 &* ones)
        let separators = (word | ones) ^ (0x2029 &* ones)
        let zeroes = ((nel &- ones) & ~nel) | ((separators &- ones) & ~separators)
        return (controls | zeroes) & highBits
    }
}

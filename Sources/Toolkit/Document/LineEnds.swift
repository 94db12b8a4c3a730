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
        // An offset in a buffer is far below `Int.max`, so `index &+ 8` cannot overflow.
        while index &+ 8 <= range.upperBound {
            if blockMayHoldOne(text, at: index) {
                for offset in index..<index &+ 8 where contains(text[offset]) { body(offset) }
            }
            index &+= 8
        }
        while index < range.upperBound {
            if contains(text[index]) { body(index) }
            index += 1
        }
    }

    /// Whether any of the eight units at `offset` may end a line; `false` means that none does.
    @inlinable @inline(__always)
    static func blockMayHoldOne(_ text: UnsafeBufferPointer<UInt16>, at offset: Int) -> Bool {
        typealias Units = SIMD8<UInt16>
        let block = UnsafeRawPointer(text.baseAddress! + offset).loadUnaligned(as: Units.self)
        // LF and CR among the controls below U+000E; LS and PS differ in their lowest bit only. The
        // operands are vectors, not scalars: the scalar forms of these operators compile to a loop per lane.
        let controls = block .< Units(repeating: 0x0E)
        let nel = block .== Units(repeating: 0x85)
        let separators = (block | Units(repeating: 1)) .== Units(repeating: 0x2029)
        return any(controls .| nel .| separators)
    }
}

/// Calls `body` with the offset of each line end (``isLineEnd(_:)``) in `range`, in order.
///
/// Line ends are rare, so the text is read eight units at a time, as the 16-bit lanes of two 64-bit words,
/// and only a block that may hold one is looked at unit by unit.
@inline(__always)
func forEachLineEnd(in range: Range<Int>, of text: UnsafeBufferPointer<UInt16>, _ body: (Int) -> Void) {
    var index = range.lowerBound
    while index < range.upperBound {
        if index + 8 <= range.upperBound && !blockMayHoldLineEnd(text, at: index) {
            index += 8
            continue
        }
        if isLineEnd(text[index]) { body(index) }
        index += 1
    }
}

/// Whether any of the eight units at `offset` may end a line; `false` means that none does.
@inline(__always)
func blockMayHoldLineEnd(_ text: UnsafeBufferPointer<UInt16>, at offset: Int) -> Bool {
    let block = UnsafeRawPointer(text.baseAddress! + offset)
    let first = block.loadUnaligned(as: UInt64.self)
    let second = block.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
    return (lineEndLanes(first) | lineEndLanes(second)) != 0
}

/// Sets the high bit of every 16-bit lane that holds a line end, and maybe of some other lanes (a borrow
/// can flag the lane above a flagged one), never missing a line end.
@inline(__always)
private func lineEndLanes(_ lanes: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0001_0001_0001_0001
    let highBits: UInt64 = 0x8000_8000_8000_8000
    // A lane below U+000E (LF, CR and other controls) turns negative when U+000E is taken from it.
    let controls = (lanes &- 0x000E &* ones) & ~lanes
    // NEL, and LS and PS together (they differ in the lowest bit), as lanes that become zero.
    let nel = lanes ^ (0x0085 &* ones)
    let separators = (lanes | ones) ^ (0x2029 &* ones)
    let zeroes = ((nel &- ones) & ~nel) | ((separators &- ones) & ~separators)
    return (controls | zeroes) & highBits
}

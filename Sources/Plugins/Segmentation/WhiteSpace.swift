import Toolkit

/// Whether a UTF-16 unit is white space (Unicode White_Space, all in the BMP), no-break spaces included.
@inline(__always)
func isWhiteSpace(_ unit: UInt16) -> Bool {
    // Most units are visible ASCII or letters between Latin-1 and U+1680 (Arabic among them).
    if (0x21..<0x85).contains(unit) || (0xA1..<0x1680).contains(unit) { return false }
    return switch unit {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
}

/// Whether a UTF-16 unit ends a line: LF, CR, NEL, LS or PS.
@inline(__always)
func isLineEnd(_ unit: UInt16) -> Bool {
    unit == 0x0A || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029
}

/// `range` without white space at either end; empty ranges collapse to their start.
func trimmingWhiteSpace(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && isWhiteSpace(text[start]) { start += 1 }
    while end > start && isWhiteSpace(text[end - 1]) { end -= 1 }
    return start..<end
}

/// Calls `body` with each piece of `range` between line ends (the line ends themselves are left out).
@inline(__always)
func forEachLine(in range: Range<Int>, of text: UnsafeBufferPointer<UInt16>, _ body: (Range<Int>) -> Void) {
    var start = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
        if index + 8 <= range.upperBound, !mayHoldLineEnd(text, at: index) {
            index += 8
            continue
        }
        if isLineEnd(text[index]) {
            body(start..<index)
            start = index + 1
        }
        index += 1
    }
    body(start..<range.upperBound)
}

/// Whether any of the eight units at `offset` may end a line: false means none does. Every
/// sentence is scanned for line ends, so the eight are checked at once as 16-bit lanes of two
/// 64-bit words (a lane is zero after subtracting one only if it was zero).
@inline(__always)
private func mayHoldLineEnd(_ text: UnsafeBufferPointer<UInt16>, at offset: Int) -> Bool {
    let address = UnsafeRawPointer(text.baseAddress! + offset)
    return (lineEndLanes(address.loadUnaligned(as: UInt64.self))
        | lineEndLanes(address.loadUnaligned(fromByteOffset: 8, as: UInt64.self))) != 0
}

/// The high bit of each 16-bit lane of `lanes` that may hold a line end, and maybe of lanes above one.
@inline(__always)
private func lineEndLanes(_ lanes: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0001_0001_0001_0001
    let highBits: UInt64 = 0x8000_8000_8000_8000
    let belowSO = (lanes &- 0x000E &* ones) & ~lanes  // a lane below U+000E: LF, CR and other controls
    let nel = lanes ^ (0x0085 &* ones)
    let separators = (lanes | ones) ^ (0x2029 &* ones)  // U+2028 and U+2029
    let zeroNEL = (nel &- ones) & ~nel
    let zeroSeparators = (separators &- ones) & ~separators
    return (belowSO | zeroNEL | zeroSeparators) & highBits
}

extension Document {
    /// The ICU locale a stage's `locale` option means: `auto` takes the document's language, or ICU's root rules.
    func icuLocale(for option: String) -> String {
        option == "auto" ? (language ?? "") : option
    }
}

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
    LineEnds.forEach(in: range, of: text) { end in
        body(start..<end)
        start = end + 1
    }
    body(start..<range.upperBound)
}

extension Document {
    /// The ICU locale a stage's `locale` option means: `auto` takes the document's language, or ICU's root rules.
    func icuLocale(for option: String) -> String {
        option == "auto" ? (language ?? "") : option
    }
}

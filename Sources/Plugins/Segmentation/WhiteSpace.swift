import Toolkit

/// Whether a UTF-16 unit is white space (Unicode White_Space, all in the BMP), no-break spaces included.
@inline(__always)
func isWhiteSpace(_ unit: UInt16) -> Bool {
    switch unit {
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

/// `range` cut at every line end (the line ends themselves are left out).
func lines(in range: Range<Int>, of text: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where isLineEnd(text[index]) {
        pieces.append(start..<index)
        start = index + 1
    }
    pieces.append(start..<range.upperBound)
    return pieces
}

extension Document {
    /// The ICU locale a stage's `locale` option means: `auto` takes the document's language, or ICU's root rules.
    func icuLocale(for option: String) -> String {
        option == "auto" ? (language ?? "") : option
    }
}

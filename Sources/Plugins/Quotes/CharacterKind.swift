import CICU

/// What a UTF-16 unit is, as far as quotation marks and words care.
enum CharacterKind: UInt8, Sendable {
    /// White space, line ends, and invisible format characters (bidi marks, zero-width spaces).
    case space
    /// Letters, digits and combining marks, in any script (tatweel included).
    case word
    /// `(`, `[`, `{`.
    case opening
    /// `)`, `]`, `}`.
    case closing
    /// Anything else: `. , : ; ! ? ، ؛ ؟`, dashes, symbols, quotation marks.
    case punctuation

    @inline(__always)
    init(_ unit: UInt16) {
        self = unit < Self.tabulated ? Self.table[Int(unit)] : CharacterKind(classifying: unit)
    }

    /// Units below this, ASCII, Latin-1 and Arabic, nearly all of the text, are looked up in ``table``.
    static let tabulated: UInt16 = 0x0700
    /// The kind of each unit below ``tabulated``.
    static let table = (0..<tabulated).map(CharacterKind.init(classifying:))

    private init(classifying unit: UInt16) {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: self = .word
        case 0x09...0x0D, 0x20: self = .space
        case 0x28, 0x5B, 0x7B: self = .opening
        case 0x29, 0x5D, 0x7D: self = .closing
        case 0x00...0x7F: self = .punctuation
        case 0x0621...0x063A, 0x0640...0x065F, 0x0660...0x0669, 0x066E...0x06D3, 0x06D5...0x06FF: self = .word
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: self = .punctuation
        case 0x85, 0xA0, 0x1680, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x206F, 0x3000, 0xFEFF: self = .space
        case 0xD800...0xDFFF: self = .word
        default:
            let scalar = Int32(unit)
            if cicu_isAlphabetic(scalar) != 0 || cicu_isDigit(scalar) != 0 || cicu_isMark(scalar) != 0 {
                self = .word
            } else if cicu_isWhiteSpace(scalar) != 0 {
                self = .space
            } else {
                self = .punctuation
            }
        }
    }
}

/// `range` without white space (in the sense of ``CharacterKind/space``) at either end.
func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && CharacterKind(text[start]) == .space { start += 1 }
    while end > start && CharacterKind(text[end - 1]) == .space { end -= 1 }
    return start..<end
}

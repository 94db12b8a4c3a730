import CICU
import Toolkit

/// The text the sentence rules read: a document's UTF-16 units, one code point at a time.
///
/// Rules look at neighbouring characters through ``visible(from:)`` and
/// ``visible(before:)``, which pass over invisible format characters (bidi
/// marks and embeddings, ZWJ, ZWNJ, soft hyphens). So `12‪/‬08`, `د‪.‬ محمد`
/// and `د. محمد` get the same decision.
struct SentenceText {
    let units: UnsafeBufferPointer<UInt16>

    var count: Int { units.count }

    /// A code point and where it lies.
    struct Character {
        let value: Int32
        let start: Int
        let end: Int
    }

    /// The code point starting at `offset` (a lone surrogate stands for itself).
    @inline(__always)
    func character(at offset: Int) -> Character {
        let unit = units[offset]
        if unit & 0xFC00 == 0xD800, offset + 1 < count, units[offset + 1] & 0xFC00 == 0xDC00 {
            let value = 0x10000 + ((Int32(unit) - 0xD800) << 10) + (Int32(units[offset + 1]) - 0xDC00)
            return Character(value: value, start: offset, end: offset + 2)
        }
        return Character(value: Int32(unit), start: offset, end: offset + 1)
    }

    /// The code point ending at `offset`.
    @inline(__always)
    func character(endingAt offset: Int) -> Character {
        let unit = units[offset - 1]
        if unit & 0xFC00 == 0xDC00, offset >= 2, units[offset - 2] & 0xFC00 == 0xD800 {
            return character(at: offset - 2)
        }
        return Character(value: Int32(unit), start: offset - 1, end: offset)
    }

    /// The first code point at or after `offset` that is not an invisible format character.
    @inline(__always)
    func visible(from offset: Int) -> Character? {
        var offset = offset
        while offset < count {
            let next = character(at: offset)
            if !CharacterClass.isInvisible(next.value) { return next }
            offset = next.end
        }
        return nil
    }

    /// The offset of the first full stop in `range`, or its end; sixteen units at a time.
    func firstPeriod(in range: Range<Int>) -> Int {
        var offset = range.lowerBound
        if let base = units.baseAddress {
            let raw = UnsafeRawPointer(base)
            let periods = SIMD16<UInt16>(repeating: 0x2E)
            while offset + 16 <= range.upperBound {
                let chunk = raw.loadUnaligned(fromByteOffset: offset * 2, as: SIMD16<UInt16>.self)
                if any(chunk .== periods) { break }
                offset += 16
            }
        }
        while offset < range.upperBound && units[offset] != 0x2E { offset += 1 }
        return offset
    }

    /// The last code point before `offset` that is not an invisible format character.
    @inline(__always)
    func visible(before offset: Int) -> Character? {
        var offset = offset
        while offset > 0 {
            let previous = character(endingAt: offset)
            if !CharacterClass.isInvisible(previous.value) { return previous }
            offset = previous.start
        }
        return nil
    }
}

/// The character classes the sentence rules use; ASCII and Arabic letters are decided without calling ICU.
enum CharacterClass {
    /// Invisible format characters (general category Cf): bidi controls, ZWJ, ZWNJ, soft hyphen, BOM.
    static func isInvisible(_ c: Int32) -> Bool {
        switch c {
        case 0xAD: true
        case ..<0x600, 0x606..<0x61C, 0x61D..<0x6DD: false  // Latin, Greek, Cyrillic, Hebrew, most of Arabic
        default: cicu_isFormat(c) != 0
        }
    }

    /// Characters a word may hold that do not change it: marks (diacritics), Arabic tatweel, format characters.
    static func isIgnoredInWords(_ c: Int32) -> Bool {
        switch c {
        case ..<0x300, 0x621...0x63F, 0x641...0x64A: false  // ASCII, Latin-1 and Arabic letters
        case 0x640, 0x64B...0x65F, 0x670: true  // tatweel and Arabic diacritics
        default: cicu_isMark(c) != 0 || isInvisible(c)
        }
    }

    /// Sentence terminators: `.` `!` `?` `…` and their Arabic, CJK and full-width forms.
    static func isTerminator(_ c: Int32) -> Bool {
        switch c {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x061F, 0x06D4, 0x203C, 0x2047...0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61:
            true
        default: false
        }
    }

    /// Closing quotes and brackets: `"` `'` `)` `]` `}` `»` `”` `’` `›` and CJK corner brackets.
    static func isClosing(_ c: Int32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F: true
        default: false
        }
    }

    /// Opening quotes and brackets: `"` `'` `(` `[` `{` `«` `“` `‘` `‹` and CJK corner brackets.
    static func isOpening(_ c: Int32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x2039, 0x300C, 0x300E: true
        default: false
        }
    }

    /// The opening character a closing one pairs with; `"` pairs with itself.
    static func opening(for closing: Int32) -> Int32? {
        switch closing {
        case 0x22: 0x22
        case 0x29: 0x28
        case 0x5D: 0x5B
        case 0x7D: 0x7B
        case 0xBB: 0xAB
        case 0x201D: 0x201C
        case 0x203A: 0x2039
        case 0x300D: 0x300C
        case 0x300F: 0x300E
        default: nil
        }
    }

    static func isLetter(_ c: Int32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0x621...0x64A: true  // ASCII and Arabic letters (with tatweel)
        case ..<0x80, 0x64B...0x669: false  // ASCII, Arabic diacritics and digits
        default: cicu_isLetter(c) != 0
        }
    }

    /// Letters and the marks, tatweel and format characters that sit inside words.
    static func isWordPart(_ c: Int32) -> Bool {
        isLetter(c) || isIgnoredInWords(c)
    }

    static func isLowercase(_ c: Int32) -> Bool {
        if c < 0x80 { return (0x61...0x7A).contains(c) }
        return cicu_isLowercase(c) != 0
    }

    static func isUppercase(_ c: Int32) -> Bool {
        if c < 0x80 { return (0x41...0x5A).contains(c) }
        return cicu_isUppercase(c) != 0
    }

    /// Decimal digits in any script (`7`, `٧`, `۷`).
    static func isDigit(_ c: Int32) -> Bool {
        switch c {
        case 0x30...0x39, 0x660...0x669, 0x6F0...0x6F9: true  // ASCII, Arabic-Indic and Persian digits
        case ..<0x80, 0x600..<0x660: false
        default: cicu_isDigit(c) != 0
        }
    }

    static func isWhiteSpace(_ c: Int32) -> Bool {
        c < 0x10000 && Segmentation.isWhiteSpace(UInt16(c))
    }

    static func isLineEnd(_ c: Int32) -> Bool {
        c < 0x10000 && LineEnds.contains(UInt16(c))
    }
}

extension SentenceText {
    /// The text of a range, for explanations.
    func string(_ range: Range<Int>) -> String {
        String(decoding: units[range], as: UTF16.self)
    }

    /// Whether the range holds anything but white space and invisible format characters.
    func hasVisibleCharacter(in range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let c = character(at: offset)
            if !CharacterClass.isWhiteSpace(c.value) && !CharacterClass.isInvisible(c.value) { return true }
            offset = c.end
        }
        return false
    }
}

import CICU

/// How ICU's root word rules treat a UTF-16 code unit, for the characters that
/// ``SimpleWordBreaker`` segments on its own; `unhandled` for every other one.
///
/// Handled are the Basic Multilingual Plane's characters of the Latin, Greek, Cyrillic,
/// Armenian, Arabic, Syriac and Thaana scripts and the common and inherited ones (spaces,
/// punctuation, digits, marks, format controls). Unhandled, and left to ICU, are the rest:
/// scripts with rules or dictionaries of their own (Hebrew, Thai, Chinese, Japanese …), emoji
/// and other pictographs, regional indicators, the zero-width joiner and every surrogate (the
/// surrogates lie between U+D800 and U+DFFF, outside the handled ranges).
enum WordBreakClass: UInt8 {
    case other, letter, numeric, midLetter, midNum, midNumLet, extendNumLet
    /// Marks and format controls, which attach to the character before them (UAX #29, WB4).
    case extend
    case space, carriageReturn, lineFeed, newline
    case unhandled

    /// The class of every BMP code unit, read from ICU's character properties once per process.
    nonisolated(unsafe) static let table = codeUnitTable { unit in
        handledRanges.contains { $0.contains(Int(unit)) } ? WordBreakClass(codePoint: Int32(unit)) : .unhandled
    }

    /// Where the handled scripts are; from U+2E80 to U+FAFF and in the half- and full-width forms
    /// are Chinese, Japanese and Korean characters, which ICU's rules treat apart (`〆` is ideographic).
    private static let handledRanges = [0..<0x2E80, 0xFB00..<0xFF00, 0xFFF0..<0x10000]

    /// ICU's numbers for the handled scripts, read off one character of each: common (a space),
    /// inherited (a combining acute), Latin, Greek, Cyrillic, Armenian, Arabic, Syriac, Thaana.
    private static let handledScripts = Set([0x20, 0x301, 0x61, 0x3B1, 0x431, 0x561, 0x628, 0x710, 0x780].map(cicu_scriptNumber))

    private init(codePoint c: Int32) {
        if cicu_isExtendedPictographic(c) != 0 || cicu_isComplexContext(c) != 0
            || !Self.handledScripts.contains(cicu_scriptNumber(c))
        {
            self = .unhandled
            return
        }
        // ICU's word rules take these three colons out of MidLetter, and count `@` as a letter
        // so that e-mail addresses stay whole.
        switch c {
        case 0x3A, 0xFE55, 0xFF1A:
            self = .other
            return
        case 0x40:
            self = .letter
            return
        default: break
        }
        // Numbered as ICU's UWordBreakValues.
        switch cicu_wordBreakProperty(c) {
        case 0, 16: self = .other  // Other; Double_Quote, which only Hebrew rules use
        case 1: self = .letter
        case 2, 9: self = .extend  // Format, Extend
        case 4: self = .midLetter
        case 5: self = .midNum
        case 6: self = .numeric
        case 7: self = .extendNumLet
        case 8: self = .carriageReturn
        case 10: self = .lineFeed
        case 11, 15: self = .midNumLet  // MidNumLet, Single_Quote
        case 12: self = .newline
        case 22: self = .space
        default: self = .unhandled  // Katakana, Hebrew_Letter, Regional_Indicator, ZWJ, emoji classes
        }
    }
}

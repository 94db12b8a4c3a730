import CICU

/// How ICU's root sentence rules treat a UTF-16 code unit; `unhandled` for surrogates, which
/// ``SimpleSentenceBreaker`` leaves to ICU.
enum SentenceBreakClass: UInt8 {
    case other, close, lower, numeric, oLetter, space, upper, sContinue
    /// Marks and format controls, which attach to the character before them (UAX #29, SB5). Its raw
    /// value, 8, is a bit that every class from here on sets (see `mayStopScan(merged:)`).
    case extend
    // The classes from here on stop a scan through a sentence (see `stopsScan`).
    case aTerm, sTerm, separator, carriageReturn, lineFeed
    case unhandled

    /// The class of every BMP code unit, read from ICU's character properties once per process.
    nonisolated(unsafe) static let table = codeUnitTable { unit in
        unit & 0xF800 == 0xD800 ? .unhandled : SentenceBreakClass(codePoint: Int32(unit))
    }

    private init(codePoint c: Int32) {
        // Numbered as ICU's USentenceBreak.
        switch cicu_sentenceBreakProperty(c) {
        case 1: self = .aTerm
        case 2: self = .close
        case 3, 12: self = .extend  // Format, Extend
        case 4: self = .lower
        case 5: self = .numeric
        case 6: self = .oLetter
        case 7: self = .separator
        case 8: self = .space
        case 9: self = .sTerm
        case 10: self = .upper
        case 11: self = .carriageReturn
        case 13: self = .lineFeed
        case 14: self = .sContinue
        default: self = .other
        }
    }

    /// A terminator, a paragraph separator or an unhandled character: the only classes where
    /// a sentence's boundary can be near.
    @inline(__always)
    var stopsScan: Bool { rawValue >= Self.aTerm.rawValue }

    /// Whether any of several classes whose raw values are or-ed in `merged` may stop a scan: they
    /// keep the bit (8) that `extend` and every class after it set. `false` means that none stops one;
    /// `true` may come from a mark or format control alone, which the caller checks class by class.
    @inline(__always)
    static func mayStopScan(merged: RawValue) -> Bool {
        merged & extend.rawValue != 0
    }

    /// A full stop or another sentence terminator.
    var isTerminator: Bool { self == .aTerm || self == .sTerm }

    /// A paragraph separator, a carriage return or a line feed: sentences always end after one.
    var isParagraphSeparator: Bool { self == .separator || self == .carriageReturn || self == .lineFeed }
}

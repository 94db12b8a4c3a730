/// Foldings that make Arabic text match regardless of spelling variants, each one switchable.
///
/// Applied after Unicode normalization, one character at a time: a character
/// is kept, replaced by another, or removed.
public struct ArabicFoldings: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks: removed.
    public static let diacritics = ArabicFoldings(rawValue: 1 << 0)
    /// Tatweel (kashida, U+0640): removed.
    public static let tatweel = ArabicFoldings(rawValue: 1 << 1)
    /// `آ أ إ ٱ ٲ ٳ` become bare alef `ا`.
    public static let alef = ArabicFoldings(rawValue: 1 << 2)
    /// Alef maksura `ى` becomes yeh `ي`.
    public static let alefMaksura = ArabicFoldings(rawValue: 1 << 3)
    /// Teh marbuta `ة` becomes heh `ه`.
    public static let tehMarbuta = ArabicFoldings(rawValue: 1 << 4)
    /// Bidi marks and embeddings and other invisible format characters (Unicode Cf): removed.
    /// Kept: the zero width joiner, which holds emoji sequences together, and the visible
    /// Arabic number and end-of-ayah signs.
    public static let formatControls = ArabicFoldings(rawValue: 1 << 5)
    /// Arabic-Indic and Extended Arabic-Indic digits become ASCII digits.
    public static let digits = ArabicFoldings(rawValue: 1 << 6)

    public static let all: ArabicFoldings = [diacritics, tatweel, alef, alefMaksura, tehMarbuta, formatControls, digits]

    /// Each folding with its option name in chain files, in a fixed order.
    public static let named: [(name: String, folding: ArabicFoldings)] = [
        ("diacritics", .diacritics), ("tatweel", .tatweel), ("alef", .alef), ("alef-maksura", .alefMaksura),
        ("teh-marbuta", .tehMarbuta), ("format-controls", .formatControls), ("digits", .digits),
    ]

    /// What a code point folds to: itself, another code point, or `nil` when it is removed.
    /// `isFormat` says whether it is a format character (Unicode Cf).
    @inline(__always)
    func fold(_ c: UInt32, isFormat: Bool) -> UInt32? {
        switch c {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8,
            0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF:
            return contains(.diacritics) ? nil : c
        case 0x0640:
            return contains(.tatweel) ? nil : c
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            return contains(.alef) ? 0x0627 : c
        case 0x0649:
            return contains(.alefMaksura) ? 0x064A : c
        case 0x0629:
            return contains(.tehMarbuta) ? 0x0647 : c
        case 0x0660...0x0669:
            return contains(.digits) ? c - 0x0660 + 0x30 : c
        case 0x06F0...0x06F9:
            return contains(.digits) ? c - 0x06F0 + 0x30 : c
        case 0x200D, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD:
            return c
        default:
            return isFormat && contains(.formatControls) ? nil : c
        }
    }
}

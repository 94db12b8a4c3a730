/// Folds the spelling variants of Arabic and Latin words to one form, so
/// that one vocabulary entry matches all of them: `أغسطس` and `اغسطس`,
/// `ريالاً` and `ريالا`, `هـ` and `ه`, `Million` and `million`.
enum Spelling {
    /// The folded unit, or `nil` for a unit spelling ignores (short vowels, tanween, tatweel, format characters).
    @inline(__always)
    static func fold(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x41...0x5A: unit + 0x20  // A-Z → a-z
        case 0x0622, 0x0623, 0x0625, 0x0671: 0x0627  // آ أ إ ٱ → ا
        case 0x0629: 0x0647  // ة → ه
        case 0x0649, 0x06CC: 0x064A  // ى ی → ي
        case 0x06A9: 0x0643  // ک → ك
        case 0x0640, 0x064B...0x065F, 0x0670: nil  // tatweel, harakat, dagger alef
        default: CharacterClass.of(unit) == .ignorable ? nil : unit
        }
    }
}

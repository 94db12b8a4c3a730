/// Whether a text has more Arabic letters (U+0621…U+064A) than ASCII letters and digits.
///
/// The count stops as soon as the units left could no longer change the answer: an Arabic article is
/// decided a little past its middle.
func mostLettersAreArabic(in text: UnsafeBufferPointer<UInt16>) -> Bool {
    let kinds = CharacterKind.table
    /// Arabic letters minus Latin ones so far.
    var lead = 0
    var index = 0
    while index < text.count {
        let remaining = text.count - index
        if lead > remaining || -lead >= remaining { break }
        let blockEnd = min(text.count, index + scriptCountBlock)
        while index < blockEnd {
            let unit = text[index]
            if unit &- 0x0621 <= 0x064A - 0x0621 {
                lead += 1
            } else if unit < 0x80 && kinds[Int(unit)] == .word {
                lead -= 1
            }
            index += 1
        }
    }
    return lead > 0
}

/// How many units are counted between two checks of whether the answer is settled.
let scriptCountBlock = 64

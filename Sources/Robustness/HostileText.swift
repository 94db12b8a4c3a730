/// Text built to break segmenters and offset arithmetic: mixed Arabic and
/// Latin, digits of three scripts, emoji with skin-tone modifiers and joiners,
/// combining marks (also where nothing precedes them), bidi and other format
/// controls, every kind of line end and space, unbalanced quotes, C0 controls
/// and noncharacters.
///
/// ``bytes(using:pieces:)`` adds what a `String` cannot hold: invalid UTF-8,
/// lone surrogates encoded as UTF-8, overlong and truncated sequences.
public enum HostileText {
    /// The kinds of pieces text is made of; each piece is picked at random from its list.
    static let pieces: [[String]] = [
        // Arabic words, with harakat, tatweel, hamza forms, and Arabic-Indic digits.
        ["الجزائر", "قالَ", "وزيرُ", "الخارجيّة", "مـــصر", "إنّ", "٢٠١٧", "۱۲۳", "آمين", "ﷲ", "ـ"],
        // Latin words, accents precomposed and decomposed, apostrophes, abbreviations.
        ["Hello", "don't", "Café", "Cafe\u{301}", "U.S.", "e.g.", "Mr.", "naïve", "ſ", "İstanbul", "ß"],
        // Numbers and the punctuation inside them.
        ["2017", "3.5", "1,000", "-7", "٣٫٥", "10%", "$3.50", "١٠٪", "0x1F"],
        // Emoji: modifiers, ZWJ sequences, flags, keycaps, variation selectors, a lone modifier.
        ["👍", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "🇸🇦", "1️⃣", "❤️", "🏽", "\u{200D}👩", "🧑🏿‍🚀"],
        // Combining marks on their own, stacked, and after spaces.
        ["\u{301}", "a\u{301}\u{302}\u{303}", "\u{64E}\u{651}", " \u{650}", "\u{20DD}", "e\u{0327}\u{0301}"],
        // Bidi and other format controls.
        ["\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
         "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}"],
        // Line ends.
        ["\n", "\r", "\r\n", "\n\n", "\r\n\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\n \n"],
        // Spaces.
        [" ", "  ", "\t", "\u{A0}", "\u{202F}", "\u{2009}", "\u{3000}", "\u{1680}", "\u{205F}", "\n\u{A0}\n"],
        // Sentence punctuation and quotes, balanced or not.
        [".", "?", "!", "؟", "…", "،", "؛", "..", "...", "«", "»", "\"", "“", "”", "'", "(", ")", ".»", "!\"", ".\u{200F}"],
        // Controls, noncharacters, private use, the replacement character, scripts with dictionary breaks.
        ["\u{0}", "\u{1A}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}", "\u{FFFD}", "ภาษาไทย", "日本語です", "한국어"],
    ]

    /// A text of `count` random pieces.
    public static func string(using generator: inout SeededGenerator, pieces count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            let kind = pieces.randomElement(using: &generator)!
            text += kind.randomElement(using: &generator)!
            // Most pieces are followed by a space, as in running text.
            if Int.random(in: 0..<3, using: &generator) > 0 { text += " " }
        }
        return text
    }

    /// Byte sequences that are not valid UTF-8.
    static let invalidSequences: [[UInt8]] = [
        [0xED, 0xA0, 0x80],  // a lone high surrogate, U+D800
        [0xED, 0xBF, 0xBF],  // a lone low surrogate, U+DFFF
        [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80],  // a surrogate pair encoded as CESU-8
        [0xC0, 0xAF],  // an overlong "/"
        [0xE0, 0x80, 0xAF],  // an overlong "/" in three bytes
        [0xE2, 0x82],  // a truncated three-byte sequence
        [0xF0, 0x9F, 0x91],  // a truncated emoji
        [0x80],  // a stray continuation byte
        [0xFF], [0xFE], [0xF5, 0x80, 0x80, 0x80],  // bytes that never occur
        [0xF4, 0x90, 0x80, 0x80],  // beyond U+10FFFF
    ]

    /// The UTF-8 bytes of a hostile text with invalid sequences scattered through it.
    public static func bytes(using generator: inout SeededGenerator, pieces count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<count {
            if Int.random(in: 0..<4, using: &generator) == 0 {
                bytes += invalidSequences.randomElement(using: &generator)!
            } else {
                bytes += Array(string(using: &generator, pieces: 1).utf8)
            }
        }
        return bytes
    }
}

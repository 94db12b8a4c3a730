/// The Buckwalter transliteration of Arabic and its two ASCII-safe variants,
/// one character for one character in both directions.
///
/// Standard Buckwalter (Tim Buckwalter's table, as used by the LDC's Arabic
/// treebanks) writes some letters with `' | > & < } * $ _ ~ { \``. The safe
/// variant (Habash's "safe Buckwalter") avoids every character with a meaning
/// in regular expressions, shells or XML; the XML variant only avoids `< > &`.
enum BuckwalterVariant: CaseIterable {
    case standard, safe, xml
}

/// One Arabic character and how each variant writes it.
struct BuckwalterCharacter {
    let arabic: Unicode.Scalar
    let name: String
    let standard: Character
    let safe: Character
    let xml: Character

    init(_ arabic: Unicode.Scalar, _ name: String, _ standard: Character, safe: Character? = nil, xml: Character? = nil) {
        self.arabic = arabic
        self.name = name
        self.standard = standard
        self.safe = safe ?? standard
        self.xml = xml ?? standard
    }

    func spelling(in variant: BuckwalterVariant) -> Character {
        switch variant {
        case .standard: standard
        case .safe: safe
        case .xml: xml
        }
    }
}

/// Arabic letters, hamza forms, tatweel and diacritics, with the four Persian
/// letters of extended Buckwalter; in code point order.
let buckwalterCharacters: [BuckwalterCharacter] = [
    .init("\u{0621}", "hamza", "'", safe: "C"),
    .init("\u{0622}", "alef with madda above", "|", safe: "M"),
    .init("\u{0623}", "alef with hamza above", ">", safe: "O", xml: "O"),
    .init("\u{0624}", "waw with hamza above", "&", safe: "W", xml: "W"),
    .init("\u{0625}", "alef with hamza below", "<", safe: "I", xml: "I"),
    .init("\u{0626}", "yeh with hamza above", "}", safe: "Q"),
    .init("\u{0627}", "alef", "A"),
    .init("\u{0628}", "beh", "b"),
    .init("\u{0629}", "teh marbuta", "p"),
    .init("\u{062A}", "teh", "t"),
    .init("\u{062B}", "theh", "v"),
    .init("\u{062C}", "jeem", "j"),
    .init("\u{062D}", "hah", "H"),
    .init("\u{062E}", "khah", "x"),
    .init("\u{062F}", "dal", "d"),
    .init("\u{0630}", "thal", "*", safe: "V"),
    .init("\u{0631}", "reh", "r"),
    .init("\u{0632}", "zain", "z"),
    .init("\u{0633}", "seen", "s"),
    .init("\u{0634}", "sheen", "$", safe: "c"),
    .init("\u{0635}", "sad", "S"),
    .init("\u{0636}", "dad", "D"),
    .init("\u{0637}", "tah", "T"),
    .init("\u{0638}", "zah", "Z"),
    .init("\u{0639}", "ain", "E"),
    .init("\u{063A}", "ghain", "g"),
    .init("\u{0640}", "tatweel", "_"),
    .init("\u{0641}", "feh", "f"),
    .init("\u{0642}", "qaf", "q"),
    .init("\u{0643}", "kaf", "k"),
    .init("\u{0644}", "lam", "l"),
    .init("\u{0645}", "meem", "m"),
    .init("\u{0646}", "noon", "n"),
    .init("\u{0647}", "heh", "h"),
    .init("\u{0648}", "waw", "w"),
    .init("\u{0649}", "alef maksura", "Y"),
    .init("\u{064A}", "yeh", "y"),
    .init("\u{064B}", "fathatan", "F"),
    .init("\u{064C}", "dammatan", "N"),
    .init("\u{064D}", "kasratan", "K"),
    .init("\u{064E}", "fatha", "a"),
    .init("\u{064F}", "damma", "u"),
    .init("\u{0650}", "kasra", "i"),
    .init("\u{0651}", "shadda", "~"),
    .init("\u{0652}", "sukun", "o"),
    .init("\u{0670}", "superscript alef", "`", safe: "e"),
    .init("\u{0671}", "alef wasla", "{", safe: "L"),
    .init("\u{067E}", "peh", "P"),
    .init("\u{0686}", "tcheh", "J"),
    .init("\u{06A4}", "veh", "V", safe: "B"),
    .init("\u{06AF}", "gaf", "G"),
]

/// The variant's ICU rules: one two-way rule a character, e.g. `\u0623 <> \> ;   # alef with hamza above`.
func buckwalterRules(_ variant: BuckwalterVariant, title: String) -> String {
    var lines = [
        "# \(title)",
        "# One rule a character, both ways (<>): Arabic on the left, ASCII on the right.",
        "# Anything else (Latin letters, digits, punctuation, emoji) is left as it is.",
    ]
    for character in buckwalterCharacters {
        let code = String(character.arabic.value, radix: 16, uppercase: true)
        let padding = String(repeating: "0", count: 4 - code.count)
        let ascii = character.spelling(in: variant)
        let escaped = ascii.isLetter || ascii.isNumber ? "\(ascii)" : "\\\(ascii)"
        lines.append("\\u\(padding)\(code) <> \(escaped) ;   # \(character.name)")
    }
    return lines.joined(separator: "\n") + "\n"
}

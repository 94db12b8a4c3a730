/// The keys the rules compare words with, made once: a literal key (``WordKey/init(stringLiteral:)``) is
/// decoded from its UTF-8 each time the expression that holds it runs.
extension WordKey {
    static let period: WordKey = "."
    static let colon: WordKey = ":"
    static let comma: WordKey = ","
    static let arabicComma: WordKey = "،"
    static let apostrophe: WordKey = "'"
    static let openingParenthesis: WordKey = "("
    static let closingParenthesis: WordKey = ")"

    /// `ال`, the Arabic article.
    static let article: WordKey = "ال"
    /// `لل`: `ل` glued to the article.
    static let lamAndArticle: WordKey = "لل"
    /// `ل`, glued to a noun (`لقوات`) or standing before a tatweel or a quote.
    static let lam: WordKey = "ل"
    /// `م`, which opens participles that introduce a complement (`مطلع على`).
    static let meem: WordKey = "م"
    /// `د` in `د.` (`الدكتور`).
    static let doctorAbbreviation: WordKey = "د"
    /// `لدى` (normalized), in titles such as `سفيرة … لدى الأمم المتحدة`.
    static let ladaa: WordKey = "لدي"
    /// `باسم`, `in the name of`: `المتحدث باسم`.
    static let bismi: WordKey = "باسم"
    /// `ما`, which makes `وفق ما` a conjunction.
    static let maa: WordKey = "ما"
    /// `عن`, after which a relay names its source.
    static let an: WordKey = "عن"
    /// `في`, after which a document verb names its document.
    static let fii: WordKey = "في"
    /// `وصف`, the root of describing words.
    static let describingRoot: WordKey = "وصف"
    /// `ـوا`, the plural ending of a past verb (`قالوا`).
    static let pluralVerbEnding: WordKey = "وا"
    /// Nisba adjective endings: `ـي`, `ـيه` (for `ـية`), `ـيون`, `ـيين`.
    static let nisbaEnding: WordKey = "ي"
    static let feminineNisbaEnding: WordKey = "يه"
    static let pluralNisbaEnding: WordKey = "يون"
    static let obliquePluralNisbaEnding: WordKey = "يين"

    static let to: WordKey = "to"
    static let according: WordKey = "according"
    static let `as`: WordKey = "as"
    static let that: WordKey = "that"
    static let of: WordKey = "of"
    static let `for`: WordKey = "for"
    static let possessiveEnding: WordKey = "'s"
    static let pluralEnding: WordKey = "s"
    static let adverbEnding: WordKey = "ly"
    static let http: WordKey = "http"
    static let www: WordKey = "www"
}

/// A named transform shipped with the plugin, defined by ICU transform rules.
///
/// The rules are the definition: they compile with ICU like any user's rules.
/// A scheme that only maps single characters to fixed strings (Buckwalter) is
/// then compiled further to a lookup table, which gives the same output much faster.
public struct TransliterationScheme: Sendable, Hashable {
    /// The name used with the `scheme` option, e.g. `buckwalter`.
    public let name: String
    /// One line on what it does.
    public let summary: String
    /// The ICU transform rules that define it.
    public let rules: String
    /// Whether the rules map each character to a fixed string with no context, so a table can run them.
    public let isCharacterMap: Bool
    /// Whether the rules define the reverse direction too.
    public let isReversible: Bool

    /// The schemes shipped with the plugin.
    public static let shipped: [TransliterationScheme] = [buckwalter, buckwalterSafe, buckwalterXML, arabicSimple]

    /// The shipped scheme with this name.
    public static func named(_ name: String) -> TransliterationScheme? {
        shipped.first { $0.name == name }
    }

    public static let buckwalter = TransliterationScheme(
        buckwalter: .standard, name: "buckwalter",
        summary: "Buckwalter transliteration of Arabic letters, hamza forms, diacritics and tatweel; reversible")

    public static let buckwalterSafe = TransliterationScheme(
        buckwalter: .safe, name: "buckwalter-safe",
        summary: "Safe Buckwalter: letters only for the characters regular expressions, shells and XML treat specially")

    public static let buckwalterXML = TransliterationScheme(
        buckwalter: .xml, name: "buckwalter-xml",
        summary: "XML-safe Buckwalter: O, I, W instead of >, <, & for the hamza forms")

    public static let arabicSimple = TransliterationScheme(
        name: "arabic-simple",
        summary: "Readable ASCII romanization for news, no diacritics (al-jazair); one-way",
        rules: arabicSimpleRules, isCharacterMap: false, isReversible: false)

    init(name: String, summary: String, rules: String, isCharacterMap: Bool, isReversible: Bool) {
        self.name = name
        self.summary = summary
        self.rules = rules
        self.isCharacterMap = isCharacterMap
        self.isReversible = isReversible
    }

    private init(buckwalter variant: BuckwalterVariant, name: String, summary: String) {
        self.init(
            name: name, summary: summary, rules: buckwalterRules(variant, title: "\(name): \(summary)"),
            isCharacterMap: true, isReversible: true)
    }
}

extension SentenceConventions {
    /// Arabic: abbreviations and the spelled-out Latin letters of acronyms. Arabic
    /// has no case, so the rules that read careless casing do not apply.
    static let arabic = SentenceConventions(
        abbreviations: AbbreviationList(continuing: arabicContinuing, mayEnd: arabicMayEnd),
        letterNames: WordSet(arabicLetterNames),
        ambiguousLetterNames: WordSet(arabicAmbiguousLetterNames),
        findsMissedBoundaries: false
    )

    /// Abbreviations always followed by more of their sentence. After a number,
    /// `م.` is the era (ميلادي) and may end a sentence; elsewhere it is a title (مهندس).
    static let arabicContinuing = [
        "د.",  // دكتور
        "أ.",  // أستاذ
        "م.",  // مهندس
        "أ.د.",  // أستاذ دكتور
        "ص.ب.",  // صندوق بريد
        "ت.",  // تليفون
        "ج.",  // جزء
        "ص.",  // صفحة
    ]

    /// Abbreviations that may end a sentence: eras, currencies, units, news agencies, company forms.
    static let arabicMayEnd = [
        "ق.م.", "هـ.", "إلخ.", "الخ.",
        "ج.م.", "ر.س.", "د.ك.", "د.إ.", "ل.س.", "ل.ل.",
        "كم.", "كلم.", "سم.", "مم.", "كغ.", "كجم.", "مل.",
        "د.ب.أ.", "أ.ف.ب.", "أ.ش.أ.", "ش.م.م.", "ش.م.ع.", "ش.م.ب.",
    ]

    /// The Latin alphabet's letters spelled in Arabic, as acronyms write them (`بي. بي. سي`, `إف. بي. آي`).
    static let arabicLetterNames = [
        "إيه", "بي", "سي", "دي", "إي", "إف", "اف", "جي", "إتش", "اتش", "آي", "جيه", "كيه", "إل", "إم",
        "ام", "إن", "ان", "أو", "كيو", "آر", "ار", "إس", "اس", "تي", "يو", "في", "دبليو", "إكس", "اكس", "واي",
        "زد", "زي",
    ]

    /// Letter names that are also common words (`في` in, `أو` or, `إن` that): they
    /// continue an acronym only when a full stop follows them too.
    static let arabicAmbiguousLetterNames = ["في", "أو", "إن", "ان", "ام", "إي"]
}

/// A month's name as the vocabulary knows it.
struct MonthName: Sendable {
    let number: Int
    let calendar: MentionCalendar
    /// Whether the name alone, without a day, a year or a second name, is taken as a date.
    /// False for names that are also common words: `مارس` (he practised), `آب` (August, but
    /// spelled like `أب`, father), `نيسان` (also a car), `May`, `March`, every Hijri name.
    let standsAlone: Bool
    /// English names stand alone only when capitalized.
    let isEnglish: Bool
}

/// A word before a month name that says the name is a month.
enum MonthCue: Sendable {
    /// `شهر` and its forms: any month follows, Hijri ones included (`شهر رمضان`).
    case month
    /// `في`, `in`, `since`…: a Gregorian month follows (`in March`, `في آب`); a Hijri name after
    /// them is too often a person's (`رجب`, `رمضان`).
    case preposition
}

enum MonthNames {
    /// Every month name: Arabic in its Egyptian and Gulf forms (`سبتمبر`), its Levantine and
    /// Iraqi forms (`أيلول`), its Maghrebi forms (`جويلية`), the Hijri months, and English.
    static let lexicon = Lexicon(entries)

    /// Words that make a month name standing alone a date, even one that could be an ordinary word.
    static let cues = Lexicon(
        ["شهر", "الشهر", "لشهر", "بشهر", "وشهر", "فشهر", "للشهر"].map { ($0, MonthCue.month) }
            + ["في", "وفي", "خلال", "منذ", "حتى", "in", "since", "until", "till", "during", "early", "late", "mid",
               "last", "next", "by"].map { ($0, MonthCue.preposition) })

    private static var entries: [(String, MonthName)] {
        var entries: [(String, MonthName)] = []
        func add(_ names: [String], _ number: Int, _ calendar: MentionCalendar = .gregorian,
                 alone: Bool = true, english: Bool = false) {
            let month = MonthName(number: number, calendar: calendar, standsAlone: alone, isEnglish: english)
            entries += names.map { ($0, month) }
        }
        // Egyptian and Gulf names, from the French and English ones. Folding covers أ/ا/إ.
        add(["يناير"], 1)
        add(["فبراير"], 2)
        add(["مارس"], 3, alone: false)
        add(["أبريل", "ابريل", "إبريل"], 4)
        add(["مايو"], 5)
        add(["يونيو", "يونيه"], 6)
        add(["يوليو", "يوليه"], 7)
        add(["أغسطس"], 8)
        add(["سبتمبر"], 9)
        add(["أكتوبر"], 10)
        add(["نوفمبر"], 11)
        add(["ديسمبر"], 12)
        // Levantine and Iraqi names, from the Syriac ones.
        add(["كانون الثاني", "كانون ثاني"], 1)
        add(["شباط"], 2)
        add(["آذار"], 3)
        add(["نيسان"], 4, alone: false)
        add(["أيار"], 5)
        add(["حزيران"], 6)
        add(["تموز"], 7)
        add(["آب"], 8, alone: false)
        add(["أيلول"], 9)
        add(["تشرين الأول", "تشرين أول"], 10)
        add(["تشرين الثاني", "تشرين ثاني"], 11)
        add(["كانون الأول", "كانون أول"], 12)
        // Maghrebi names, several of them short common words: never alone.
        add(["جانفي"], 1, alone: false)
        add(["فيفري"], 2, alone: false)
        add(["أفريل"], 4, alone: false)
        add(["ماي"], 5, alone: false)
        add(["جوان"], 6, alone: false)
        add(["جويلية"], 7, alone: false)
        add(["أوت", "غشت"], 8, alone: false)
        add(["شتنبر"], 9, alone: false)
        add(["نونبر"], 11, alone: false)
        add(["دجنبر"], 12, alone: false)
        // Hijri months: also names and words (رمضان, صفر), so never alone.
        add(["محرم"], 1, .islamic, alone: false)
        add(["صفر"], 2, .islamic, alone: false)
        add(["ربيع الأول"], 3, .islamic, alone: false)
        add(["ربيع الآخر", "ربيع الثاني"], 4, .islamic, alone: false)
        add(["جمادى الأولى"], 5, .islamic, alone: false)
        add(["جمادى الآخرة", "جمادى الثانية"], 6, .islamic, alone: false)
        add(["رجب"], 7, .islamic, alone: false)
        add(["شعبان"], 8, .islamic, alone: false)
        add(["رمضان"], 9, .islamic, alone: false)
        add(["شوال"], 10, .islamic, alone: false)
        add(["ذو القعدة", "ذي القعدة"], 11, .islamic, alone: false)
        add(["ذو الحجة", "ذي الحجة"], 12, .islamic, alone: false)
        // English: full names, and abbreviations that need a day or a year.
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"]
        for (index, name) in english.enumerated() {
            add([name], index + 1, alone: name != "may" && name != "march", english: true)
            let short = String(name.prefix(3))
            if short != name { add([short, short + "."], index + 1, alone: false, english: true) }
        }
        add(["sept", "sept."], 9, alone: false, english: true)
        return entries
    }
}

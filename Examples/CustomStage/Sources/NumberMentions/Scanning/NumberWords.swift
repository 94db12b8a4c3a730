/// Morning or afternoon, after a time of day.
enum Meridiem: Sendable {
    case am
    case pm
}

/// A mark of the calendar after a year.
struct EraMark: Sendable {
    let calendar: MentionCalendar
    /// `م` also abbreviates metres (`سباق 800 م`), so it marks only four-digit years.
    let isAmbiguous: Bool

    init(_ calendar: MentionCalendar, isAmbiguous: Bool = false) {
        self.calendar = calendar
        self.isAmbiguous = isAmbiguous
    }
}

/// The small vocabularies around a number: what scales it, what makes it a
/// percentage, a year or a time of day.
enum NumberWords {
    /// Words that multiply the number before them, as powers of ten: `5.4 مليون` is 5,400,000.
    static let multipliers = Lexicon([
        ("ألف", 3), ("الف", 3), ("آلاف", 3), ("ألفا", 3),
        ("مليون", 6), ("ملايين", 6), ("مليونا", 6),
        ("مليار", 9), ("مليارات", 9), ("مليارا", 9), ("بليون", 9), ("بلايين", 9),
        ("تريليون", 12), ("ترليون", 12), ("تريليونات", 12),
        ("thousand", 3), ("million", 6), ("mn", 6), ("billion", 9), ("bn", 9), ("trillion", 12),
    ])

    /// Signs and words that make the number before them a percentage.
    static let percent = Lexicon(
        ["%", "٪", "في المائة", "في المئة", "في المية", "بالمائة", "بالمئة", "بالمية", "percent", "per cent", "pct"]
            .map { ($0, true) })

    /// Marks of a year's calendar: `1436هـ`, `2015م`, `622 AD`. Folding makes `هـ` and `ه` one.
    static let eras = Lexicon<EraMark>([
        ("هـ", .init(.islamic)), ("هجري", .init(.islamic)), ("هجرية", .init(.islamic)), ("للهجرة", .init(.islamic)),
        ("م", .init(.gregorian, isAmbiguous: true)), ("ميلادي", .init(.gregorian)), ("ميلادية", .init(.gregorian)),
        ("للميلاد", .init(.gregorian)), ("AD", .init(.gregorian)), ("CE", .init(.gregorian)),
    ])

    /// Marks after a time of day. After a time, `م` is مساءً (p.m.), not the Gregorian era.
    static let meridiems = Lexicon<Meridiem>([
        ("am", .am), ("a.m.", .am), ("ص", .am), ("صباحا", .am), ("صباح", .am), ("فجرا", .am),
        ("pm", .pm), ("p.m.", .pm), ("م", .pm), ("مساء", .pm), ("مساءا", .pm), ("عصرا", .pm),
    ])

    /// English ordinal endings: `21st`, `5th`.
    static let ordinalSuffixes = Lexicon(["st", "nd", "rd", "th"].map { ($0, true) })

    /// `5th of March`.
    static let dayOf = Lexicon([("of", true)])
}

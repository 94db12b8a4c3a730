/// A mention as the matcher finds it, in UTF-16 offsets.
struct FoundMention {
    var kind: NumberKind
    var value: MentionValue
    var currency: String?
    var calendar = MentionCalendar.gregorian
    var range: Range<Int>
}

/// Finds mentions in lexed text, left to right.
///
/// At each lexeme the rules are tried from the most specific to the least:
/// numeric dates and times, then a day followed by a month, then a number with
/// whatever follows it (a multiplier, a percent sign, a currency, a calendar
/// mark). Each rule reads a few lexemes ahead, so the cost is linear in the
/// text's length. A mention never crosses a line break.
struct MentionMatcher {
    let text: UnsafeBufferPointer<UInt16>
    let lexemes: UnsafeBufferPointer<Lexeme>
    /// Four-digit numbers in this range, with nothing else to say what they are, are years.
    let years: ClosedRange<Int>

    /// What a rule decided at a lexeme: a mention, or a stretch to pass over (an identifier such as `MP3`).
    private struct Step {
        var mention: FoundMention?
        var next: Int
    }

    func forEachMention(_ body: (FoundMention) -> Void) {
        var i = 0
        while i < lexemes.count {
            guard let step = step(at: i) else {
                i += 1
                continue
            }
            if let mention = step.mention { body(mention) }
            i = step.next
        }
    }

    private func step(at i: Int) -> Step? {
        switch lexemes[i].kind {
        case .digits: numberStep(at: i)
        case .symbol: prefixedAmount(at: i) ?? negativeNumber(at: i)
        case .word: prefixedAmount(at: i) ?? monthFirstDate(at: i)
        }
    }

    // MARK: Numbers

    private func numberStep(at i: Int) -> Step? {
        if isInsideIdentifier(i) { return Step(next: identifierEnd(from: i)) }
        if let date = numericDate(at: i) { return date }
        if let time = timeOfDay(at: i) { return time }
        guard let numeral = numeral(at: i), !startsIdentifier(at: numeral.next) else {
            return Step(next: identifierEnd(from: i))
        }
        return dayMonthDate(numeral, at: i) ?? quantity(numeral, from: i, negative: false)
    }

    /// `-5`, `−3.5%`: a minus sign touching digits, after a space, a line start or `(`.
    private func negativeNumber(at i: Int) -> Step? {
        guard isSymbol(i, "-", "−"), touches(i + 1), lexemes[i + 1].kind == .digits,
              i == 0 || lexemes[i].gap != .none || isSymbol(i - 1, "("),
              let numeral = numeral(at: i + 1), !startsIdentifier(at: numeral.next)
        else { return nil }
        return quantity(numeral, from: i, negative: true)
    }

    /// A number and what follows it: a multiplier, then a percent sign, a currency, a calendar mark.
    private func quantity(_ numeral: Numeral, from start: Int, negative: Bool) -> Step {
        var next = numeral.next
        if !negative, numeral.isPlain, let integer = numeral.integer, touches(next),
           let suffix = match(NumberWords.ordinalSuffixes, at: next) {
            return mention(.ordinal, .number(Double(integer)), from: start, to: suffix.next)
        }
        var power = 0
        if onSameLine(next), let multiplier = match(NumberWords.multipliers, at: next) {
            power = multiplier.value
            next = multiplier.next
        }
        let value = MentionValue.number((negative ? -1 : 1) * numeral.value(scaledBy: power))
        if onSameLine(next), let percent = match(NumberWords.percent, at: next) {
            return mention(.percent, value, from: start, to: percent.next)
        }
        if onSameLine(next), let currency = currency(at: next) {
            return mention(.money, value, from: start, to: currency.next, currency: currency.value.code)
        }
        if power == 0, !negative, let year = year(numeral, from: start) { return year }
        return mention(.number, value, from: start, to: next)
    }

    /// `$5`, `US$ 3.5 million`, `SAR 500`, `€20`: a currency sign or code before the amount.
    private func prefixedAmount(at i: Int) -> Step? {
        guard let sign = match(CurrencyNames.signs, at: i), !sign.value.isCode || isCapitalCode(i),
              onSameLine(sign.next), sign.next < lexemes.count, lexemes[sign.next].kind == .digits,
              let numeral = numeral(at: sign.next)
        else { return nil }
        var next = numeral.next
        var power = 0
        if onSameLine(next), let multiplier = match(NumberWords.multipliers, at: next) {
            power = multiplier.value
            next = multiplier.next
        }
        return mention(.money, .number(numeral.value(scaledBy: power)), from: i, to: next, currency: sign.value.code)
    }

    /// `1436هـ`, `2015 م`, `1435/1436هـ`, or a bare four-digit number in the year range.
    private func year(_ numeral: Numeral, from start: Int) -> Step? {
        guard numeral.isPlain, let year = numeral.integer else { return nil }
        let next = numeral.next
        if let era = eraMark(at: next, digits: numeral.integerDigits) {
            return mention(.year, .number(Double(year)), from: start, to: era.next, calendar: era.value.calendar)
        }
        guard numeral.integerDigits == 4 else { return nil }
        // Two years sharing one mark: 1435/1436هـ.
        if onSameLine(next), isSymbol(next, "/", "-"), onSameLine(next + 1),
           let second = self.numeral(at: next + 1), second.isPlain, second.integerDigits == 4,
           let era = eraMark(at: second.next, digits: 4) {
            return mention(.year, .number(Double(year)), from: start, to: next, calendar: era.value.calendar)
        }
        return years.contains(year) ? mention(.year, .number(Double(year)), from: start, to: next) : nil
    }

    private func eraMark(at i: Int, digits: Int) -> (value: EraMark, next: Int)? {
        guard (3...4).contains(digits), onSameLine(i), let era = match(NumberWords.eras, at: i),
              digits == 4 || !era.value.isAmbiguous
        else { return nil }
        return era
    }

    private func currency(at i: Int) -> (value: Currency, next: Int)? {
        if let sign = match(CurrencyNames.signs, at: i), !sign.value.isCode || isCapitalCode(i) { return sign }
        return match(CurrencyNames.names, at: i)
    }

    /// The number starting at a run of digits; `nil` for a dotted run such as `1.2.3` (a version, an address).
    private func numeral(at i: Int) -> Numeral? {
        guard let first = digitRun(i) else { return nil }
        var numeral = Numeral(mantissa: first.value, integerDigits: first.count, next: i + 1)
        if first.count <= 3 {
            // Thousands: groups of exactly three digits after `,` or `٬`; with dots, at least two groups (1.200.000).
            appendGroups(to: &numeral, separators: [",", "٬"], minimum: 1)
            if numeral.isPlain { appendGroups(to: &numeral, separators: ["."], minimum: 2) }
        }
        let point = numeral.next
        if touches(point), isSymbol(point, ".", "٫") || isWord(point, "ر"), touches(point + 1),
           let fraction = digitRun(point + 1) {
            if touches(point + 2), isSymbol(point + 2, ".", "٫"), touches(point + 3), digitRun(point + 3) != nil {
                return nil
            }
            numeral.mantissa = numeral.mantissa * Numeral.powerOfTen(fraction.count) + fraction.value
            numeral.fractionDigits = fraction.count
            numeral.isPlain = false
            numeral.next = point + 2
        }
        return numeral
    }

    private func appendGroups(to numeral: inout Numeral, separators: [Unicode.Scalar], minimum: Int) {
        var groups: [Double] = []
        var j = numeral.next
        while touches(j), isSymbol(j, separators), touches(j + 1), let group = digitRun(j + 1), group.count == 3 {
            groups.append(group.value)
            j += 2
        }
        guard groups.count >= minimum else { return }
        for group in groups { numeral.mantissa = numeral.mantissa * 1000 + group }
        numeral.integerDigits += 3 * groups.count
        numeral.isPlain = false
        numeral.next = j
    }

    // MARK: Dates and times

    /// `2018-03-05`, `19/ 10/ 1436هـ`, `4 / 8 / 2015م`, `31.07.2015`: day, month and year in digits.
    ///
    /// The year comes first or last. With the year last, the day comes first
    /// unless the second number cannot be a month (`12/25/2017`).
    private func numericDate(at i: Int) -> Step? {
        guard let a = digitRun(i), isSymbol(i + 1, "/", "-", ".") else { return nil }
        let separator = text[lexemes[i + 1].start]
        // Slashes may have spaces around them; dashes and dots touch their digits.
        let joined = separator == 0x2F ? onSameLine : touches
        guard joined(i + 1), joined(i + 2), let b = digitRun(i + 2), b.count <= 2,
              joined(i + 3), isSymbol(i + 3, Unicode.Scalar(separator)!), joined(i + 4), let c = digitRun(i + 4)
        else { return nil }
        let date: PartialDate
        switch (a.count, c.count) {
        case (4, 1...2): date = PartialDate(year: Int(a.value), month: Int(b.value), day: Int(c.value))
        case (1...2, 4) where b.value <= 12:
            date = PartialDate(year: Int(c.value), month: Int(b.value), day: Int(a.value))
        case (1...2, 4): date = PartialDate(year: Int(c.value), month: Int(a.value), day: Int(b.value))
        default: return nil
        }
        guard (1...12).contains(date.month!), (1...31).contains(date.day!) else { return nil }
        let era = eraMark(at: i + 5, digits: 4)
        return mention(.date, .date(date), from: i, to: era?.next ?? i + 5, calendar: era?.value.calendar ?? .gregorian)
    }

    /// `10:30`, `٥:٤٥ مساء`, `10:36م`, `5:45 pm`: hours and minutes, with a mark of the half day.
    private func timeOfDay(at i: Int) -> Step? {
        guard let h = digitRun(i), h.count <= 2, h.value <= 23, touches(i + 1), isSymbol(i + 1, ":"),
              touches(i + 2), let m = digitRun(i + 2), m.count == 2, m.value <= 59
        else { return nil }
        var next = i + 3
        if touches(next), isSymbol(next, ":"), touches(next + 1), let s = digitRun(next + 1), s.count == 2 {
            next += 2
        }
        var hour = Int(h.value)
        if onSameLine(next), let meridiem = match(NumberWords.meridiems, at: next) {
            if meridiem.value == .pm && hour < 12 { hour += 12 }
            if meridiem.value == .am && hour == 12 { hour = 0 }
            next = meridiem.next
        }
        return mention(.time, .time(hour: hour, minute: Int(m.value)), from: i, to: next)
    }

    /// `5 March 2018`, `26 شوال 1436 هـ`, `31 يوليو`, `12 آب (أغسطس)`, `5th of May`.
    private func dayMonthDate(_ numeral: Numeral, at i: Int) -> Step? {
        guard numeral.isPlain, numeral.integerDigits <= 2, let day = numeral.integer, (1...31).contains(day)
        else { return nil }
        var j = numeral.next
        if touches(j), let suffix = match(NumberWords.ordinalSuffixes, at: j) { j = suffix.next }
        if onSameLine(j), let of = match(NumberWords.dayOf, at: j) { j = of.next }
        guard onSameLine(j), let phrase = monthPhrase(at: j, allowingClitic: false, readingDay: false) else {
            return nil
        }
        let date = PartialDate(year: phrase.year, month: phrase.month.number, day: day)
        return mention(.date, .date(date), from: i, to: phrase.next, calendar: phrase.calendar)
    }

    /// A date that starts with its month: `سبتمبر (أيلول) 2017`, `September 5, 2017`, `فبراير`.
    ///
    /// A month name alone is a date only when the name cannot be an ordinary word
    /// (see ``MonthName/standsAlone``) or a cue such as `الشهر` or `in` comes before
    /// it; an English name must also be capitalized.
    private func monthFirstDate(at i: Int) -> Step? {
        guard let phrase = monthPhrase(at: i, allowingClitic: true, readingDay: true) else { return nil }
        if phrase.year == nil && phrase.day == nil && !phrase.isPaired {
            let name = phrase.month
            let isCapitalized = (0x41...0x5A).contains(text[phrase.start])
            guard name.standsAlone || hasCue(before: i, for: name), !name.isEnglish || isCapitalized else { return nil }
        }
        let date = PartialDate(year: phrase.year, month: phrase.month.number, day: phrase.day)
        return mention(.date, .date(date), from: i, to: phrase.next, calendar: phrase.calendar, startingAt: phrase.start)
    }

    private struct MonthPhrase {
        var month: MonthName
        /// The UTF-16 offset where the month's name starts, after any clitic.
        var start: Int
        var next: Int
        var day: Int?
        var year: Int?
        var calendar: MentionCalendar
        /// Whether a second name for the same month follows: `سبتمبر (أيلول)`.
        var isPaired = false
    }

    /// A month name, a second name for it, an English day, and a year.
    private func monthPhrase(at i: Int, allowingClitic: Bool, readingDay: Bool) -> MonthPhrase? {
        guard i < lexemes.count, lexemes[i].kind == .word else { return nil }
        var skip = 0
        var name = match(MonthNames.lexicon, at: i)
        if name == nil, allowingClitic, lexemes[i].end - lexemes[i].start > 1, Self.isClitic(text[lexemes[i].start]) {
            skip = 1
            name = match(MonthNames.lexicon, at: i, skip: 1)
        }
        guard let name else { return nil }
        var phrase = MonthPhrase(
            month: name.value, start: lexemes[i].start + skip, next: name.next, calendar: name.value.calendar)
        if let after = pairedName(after: name.next, for: name.value) {
            phrase.isPaired = true
            phrase.next = after
        }
        if readingDay, name.value.isEnglish, onSameLine(phrase.next), let numeral = numeral(at: phrase.next),
           numeral.isPlain, numeral.integerDigits <= 2, let day = numeral.integer, (1...31).contains(day) {
            phrase.day = day
            phrase.next = numeral.next
            if touches(phrase.next), let suffix = match(NumberWords.ordinalSuffixes, at: phrase.next) {
                phrase.next = suffix.next
            }
        }
        var yearStart = phrase.next
        if phrase.day != nil, touches(yearStart), isSymbol(yearStart, ",") { yearStart += 1 }
        if onSameLine(yearStart), let numeral = numeral(at: yearStart), numeral.isPlain,
           let year = numeral.integer, !isQuantityWord(at: numeral.next) {
            if let era = eraMark(at: numeral.next, digits: numeral.integerDigits) {
                phrase.year = year
                phrase.next = era.next
                if phrase.calendar == .gregorian { phrase.calendar = era.value.calendar }
            } else if numeral.integerDigits == 4 {
                phrase.year = year
                phrase.next = numeral.next
            }
        }
        return phrase
    }

    /// The end of a second name for the month: `(أيلول)`, `/ حزيران`, or just ` تموز`.
    private func pairedName(after i: Int, for month: MonthName) -> Int? {
        func same(_ j: Int) -> (value: MonthName, next: Int)? {
            guard onSameLine(j), let other = match(MonthNames.lexicon, at: j),
                  other.value.number == month.number, other.value.calendar == month.calendar
            else { return nil }
            return other
        }
        guard onSameLine(i) else { return nil }
        if isSymbol(i, "("), let other = same(i + 1), onSameLine(other.next), isSymbol(other.next, ")") {
            return other.next + 1
        }
        if isSymbol(i, "/"), let other = same(i + 1) { return other.next }
        if lexemes[i].gap == .space, let other = same(i) { return other.next }
        return nil
    }

    private func hasCue(before i: Int, for month: MonthName) -> Bool {
        guard i > 0, lexemes[i].gap == .space, let cue = match(MonthNames.cues, at: i - 1), cue.next == i else {
            return false
        }
        return cue.value == .month || month.calendar == .gregorian
    }

    /// Whether a multiplier, a percent sign or a currency follows: then a number is not a year.
    private func isQuantityWord(at i: Int) -> Bool {
        onSameLine(i)
            && (match(NumberWords.multipliers, at: i) != nil || match(NumberWords.percent, at: i) != nil
                || currency(at: i) != nil)
    }

    // MARK: Identifiers

    /// Digits that continue a Latin word or a hyphenated name: `MP3`, `G20`, `COVID-19`, `F-16`.
    /// Digits after an Arabic letter are a number: `و31` is "and 31".
    private func isInsideIdentifier(_ i: Int) -> Bool {
        guard i > 0, lexemes[i].gap == .none else { return false }
        let before = lexemes[i - 1]
        switch before.kind {
        case .word: return Self.isLatinLetter(text[before.end - 1])
        case .symbol:
            guard i >= 2, before.gap == .none else { return false }
            return (isSymbol(i - 1, "-", "_") && lexemes[i - 2].kind == .word)
                || (isSymbol(i - 1, ".") && lexemes[i - 2].kind == .digits)
        case .digits: return false
        }
    }

    /// Whether Latin letters touch the end of a number without being an ending the rules read (`4G`, `3D`).
    private func startsIdentifier(at i: Int) -> Bool {
        guard touches(i), lexemes[i].kind == .word, Self.isLatinLetter(text[lexemes[i].start]) else { return false }
        return match(NumberWords.ordinalSuffixes, at: i) == nil && match(NumberWords.multipliers, at: i) == nil
            && match(NumberWords.meridiems, at: i) == nil && match(NumberWords.eras, at: i) == nil
            && currency(at: i) == nil
    }

    /// The end of the letters, digits and joining marks that touch lexeme `i`.
    private func identifierEnd(from i: Int) -> Int {
        var j = i + 1
        while touches(j), lexemes[j].kind != .symbol || isSymbol(j, ".", "-", "_", "/", ":") { j += 1 }
        return j
    }

    // MARK: Lexemes

    /// A mention over lexemes `first..<next`; `start` moves its start inside the first lexeme, past a clitic.
    private func mention(
        _ kind: NumberKind, _ value: MentionValue, from first: Int, to next: Int, currency: String? = nil,
        calendar: MentionCalendar = .gregorian, startingAt start: Int? = nil
    ) -> Step {
        let range = (start ?? lexemes[first].start)..<lexemes[next - 1].end
        return Step(
            mention: FoundMention(kind: kind, value: value, currency: currency, calendar: calendar, range: range),
            next: next)
    }

    private func match<Value>(_ lexicon: Lexicon<Value>, at i: Int, skip: Int = 0) -> (value: Value, next: Int)? {
        i < lexemes.count ? lexicon.match(in: text, lexemes: lexemes, at: i, skip: skip) : nil
    }

    /// Lexeme `i` exists and touches the one before it.
    private func touches(_ i: Int) -> Bool { i < lexemes.count && lexemes[i].gap == .none }

    /// Lexeme `i` exists and is on the same line as the one before it.
    private func onSameLine(_ i: Int) -> Bool { i < lexemes.count && lexemes[i].gap != .lineBreak }

    private func isSymbol(_ i: Int, _ symbols: Unicode.Scalar...) -> Bool { isSymbol(i, symbols) }

    private func isSymbol(_ i: Int, _ symbols: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i < lexemes.count, lexemes[i].kind == .symbol else { return false }
        let unit = text[lexemes[i].start]
        return symbols.contains { $0.value == UInt32(unit) }
    }

    private func isWord(_ i: Int, _ word: Unicode.Scalar) -> Bool {
        i < lexemes.count && lexemes[i].kind == .word && lexemes[i].end - lexemes[i].start == 1
            && UInt32(text[lexemes[i].start]) == word.value
    }

    /// The value and the number of digits of a run of digits.
    private func digitRun(_ i: Int) -> (value: Double, count: Int)? {
        guard i < lexemes.count, lexemes[i].kind == .digits else { return nil }
        var value = 0.0
        var count = 0
        for offset in lexemes[i].start..<lexemes[i].end {
            guard let digit = CharacterClass.digitValue(text[offset]) else { continue }
            value = value * 10 + Double(digit)
            count += 1
        }
        return (value, count)
    }

    /// Whether the lexemes of a currency code starting at `i` are in capitals (`SAR`, not `sar`).
    private func isCapitalCode(_ i: Int) -> Bool {
        (lexemes[i].start..<lexemes[i].end).allSatisfy { (0x41...0x5A).contains(text[$0]) }
    }

    /// و، ف، ب، ل، ك: one-letter words written joined to the next (`وفبراير`, `بسبتمبر`).
    private static func isClitic(_ unit: UInt16) -> Bool {
        unit == 0x0648 || unit == 0x0641 || unit == 0x0628 || unit == 0x0644 || unit == 0x0643
    }

    private static func isLatinLetter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: unit != 0xD7 && unit != 0xF7
        default: false
        }
    }
}

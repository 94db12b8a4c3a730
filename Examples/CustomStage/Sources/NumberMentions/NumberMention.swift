import Toolkit

/// What a mention is.
public enum NumberKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A plain quantity: `5`, `3.5`, `١٬٢٠٠`, `5 ملايين`.
    case number
    /// An ordinal written with digits: `5th`, `21st`.
    case ordinal
    /// A percentage; the value is the number before the sign (`12.5%` is 12.5).
    case percent
    /// An amount of money; the currency is given when the text names it.
    case money
    /// A year on its own: `2017`, `1436هـ`.
    case year
    /// A calendar date, complete or partial: `5 March 2018`, `سبتمبر (أيلول) 2017`, `فبراير`.
    case date
    /// A time of day: `٥:٤٥ مساء`, `10:30 am`.
    case time
}

/// The calendar a date or a year is counted in.
public enum MentionCalendar: String, Codable, Hashable, Sendable {
    case gregorian
    /// The Hijri calendar (ICU and CLDR call it `islamic`): months like شوال, years marked هـ.
    case islamic
}

/// A date with the parts the text gives; the others are `nil`.
public struct PartialDate: Hashable, Sendable {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601, truncated where parts are missing: `2017-09-05`, `2017-09`,
    /// `--09-05` (day and month, no year), `--09` (a month alone).
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = year.map { String(repeating: "0", count: max(0, 4 - String($0).count)) + String($0) } ?? "-"
        if let month { text += "-" + two(month) }
        if let day { text += "-" + two(day) }
        return text
    }

    /// Reads what ``iso`` writes; `nil` for anything else.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { Int($0) }
        switch (parts.count, iso.hasPrefix("--")) {
        case (1, false): self.init(year: numbers[0])
        case (2, false): self.init(year: numbers[0], month: numbers[1])
        case (3, false): self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        case (3, true): self.init(month: numbers[2])
        case (4, true): self.init(month: numbers[2], day: numbers[3])
        default: return nil
        }
        guard year != nil || month != nil, numbers.dropFirst(iso.hasPrefix("--") ? 2 : 0).allSatisfy({ $0 != nil })
        else { return nil }
    }
}

/// A mention's value, typed by what it is.
public enum MentionValue: Hashable, Sendable {
    /// Numbers, ordinals, percentages, money and years, multipliers applied (`5.4 مليون` is 5,400,000).
    case number(Double)
    case date(PartialDate)
    /// A time of day on the 24-hour clock.
    case time(hour: Int, minute: Int)

    /// The number, for every kind but dates and times.
    public var number: Double? {
        if case .number(let n) = self { n } else { nil }
    }

    /// The date, for dates.
    public var date: PartialDate? {
        if case .date(let d) = self { d } else { nil }
    }
}

/// One number, percentage, amount, date, year or time in the text, with its value.
///
/// In JSON: `{"start": 10, "end": 15, "kind": "percent", "value": 12.5}`; money adds
/// `"currency": "SAR"` when the text names one; a Hijri date or year adds
/// `"calendar": "islamic"`. A date's value is an ISO string (``PartialDate/iso``),
/// a time's is `"HH:MM"`, every other value is a JSON number.
public struct NumberMention: SpanAnnotation, Codable, Hashable, JSONWritable {
    public var span: Span
    public var kind: NumberKind
    public var value: MentionValue
    /// The ISO 4217 code of an amount's currency, when the symbol or word says which: `$`, `ريال`, `جنيه`, `EUR`.
    public var currency: String?
    public var calendar: MentionCalendar

    public init(
        span: Span, kind: NumberKind, value: MentionValue, currency: String? = nil,
        calendar: MentionCalendar = .gregorian
    ) {
        self.span = span
        self.kind = kind
        self.value = value
        self.currency = currency
        self.calendar = calendar
    }

    private enum CodingKeys: String, CodingKey { case start, end, kind, value, currency, calendar }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = Span(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
        kind = try c.decode(NumberKind.self, forKey: .kind)
        switch kind {
        case .date:
            let iso = try c.decode(String.self, forKey: .value)
            guard let date = PartialDate(iso: iso) else {
                throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "not an ISO date: '\(iso)'")
            }
            value = .date(date)
        case .time:
            let text = try c.decode(String.self, forKey: .value)
            let parts = text.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2 else {
                throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "not a time HH:MM: '\(text)'")
            }
            value = .time(hour: parts[0], minute: parts[1])
        default:
            value = .number(try c.decode(Double.self, forKey: .value))
        }
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
        calendar = try c.decodeIfPresent(MentionCalendar.self, forKey: .calendar) ?? .gregorian
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        switch value {
        case .number(let n): try c.encode(n, forKey: .value)
        case .date, .time: try c.encode(valueText, forKey: .value)
        }
        try c.encodeIfPresent(currency, forKey: .currency)
        if calendar != .gregorian { try c.encode(calendar, forKey: .calendar) }
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.spanMembers(span)
        writer.key("kind")
        writer.value(kind.rawValue)
        writer.key("value")
        switch value {
        case .number(let n) where n == n.rounded() && abs(n) < 1e15: writer.value(Int(n))
        case .number(let n): writer.value(n)
        case .date, .time: writer.value(valueText)
        }
        if let currency {
            writer.key("currency")
            writer.value(currency)
        }
        if calendar != .gregorian {
            writer.key("calendar")
            writer.value(calendar.rawValue)
        }
        writer.endObject()
    }

    /// The value as JSON spells it, for dates and times.
    private var valueText: String {
        switch value {
        case .number(let n): "\(n)"
        case .date(let date): date.iso
        case .time(let hour, let minute): (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
        }
    }
}

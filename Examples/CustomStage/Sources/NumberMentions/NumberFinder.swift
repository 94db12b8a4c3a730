import Toolkit

/// Finds numbers, percentages, amounts of money, dates, years and times of
/// day in Arabic and English text, with their values.
///
/// It reads the text itself rather than the `tokens` layer: ICU's word
/// boundaries join digits to the letters that touch them (`و31`, `1436هـ`,
/// `3ر5` are one token each) and split `3.5%` and `$5` in ways the rules
/// would have to undo, so the stage lexes the text in its own way, in one
/// pass over the UTF-16 the document already holds.
public struct NumberFinder: ConfigurableStage {
    public static let name = "numbers"
    public static let summary = "Numbers, percentages, money, dates, years and times in Arabic and English, with their values."
    public static let options: [StageOption] = [
        StageOption("kinds", .strings, default: .array(NumberKind.allCases.map { .string($0.rawValue) }),
                    help: "the kinds of mention to keep: " + NumberKind.allCases.map(\.rawValue).joined(separator: ", ")),
        StageOption("min-year", .integer, default: .int(1800),
                    help: "the first four-digit number read as a year when nothing else says what it is"),
        StageOption("max-year", .integer, default: .int(2100),
                    help: "the last four-digit number read as a year when nothing else says what it is"),
    ]

    public let kinds: Set<NumberKind>
    public let years: ClosedRange<Int>

    public init(kinds: Set<NumberKind> = Set(NumberKind.allCases), years: ClosedRange<Int> = 1800...2100) {
        self.kinds = kinds
        self.years = years
    }

    public init(options: StageOptions) throws {
        var kinds = Set<NumberKind>()
        let names = NumberKind.allCases.map(\.rawValue)
        for name in options.strings("kinds")! {
            guard let kind = NumberKind(rawValue: name) else {
                var message = "option 'kinds' has no kind '\(name)'"
                if let close = closestName(to: name, among: names) {
                    message += "; did you mean '\(close)'?"
                } else {
                    message += "; the kinds are \(names.joined(separator: ", "))"
                }
                throw options.error(message)
            }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty else {
            throw options.error("option 'kinds' is empty; list at least one of \(names.joined(separator: ", "))")
        }
        let first = options.int("min-year")!
        let last = options.int("max-year")!
        guard first <= last else {
            throw options.error("option 'min-year' (\(first)) is after 'max-year' (\(last))")
        }
        self.init(kinds: kinds, years: first...last)
    }

    public var produces: [any Layer.Type] { [Numbers.self] }

    public var configuration: [String: JSONValue] {
        [
            "kinds": .array(NumberKind.allCases.filter(kinds.contains).map { .string($0.rawValue) }),
            "min-year": .int(years.lowerBound),
            "max-year": .int(years.upperBound),
        ]
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        // The lexeme buffer is the worker's: reused for every document it analyses, never shared between threads.
        let buffer = context.resource { LexemeBuffer() }
        let view = document.view
        var mentions: [NumberMention] = []
        view.utf16.withUnsafeBufferPointer { text in
            Lexer.lex(text, into: &buffer.lexemes)
            buffer.lexemes.withUnsafeBufferPointer { lexemes in
                MentionMatcher(text: text, lexemes: lexemes, years: years).forEachMention { found in
                    // A run of hundreds of digits overflows a Double: it is an identifier, not a quantity.
                    guard kinds.contains(found.kind), found.value.number?.isFinite ?? true else { return }
                    mentions.append(NumberMention(
                        span: view.span(utf16: found.range), kind: found.kind, value: found.value,
                        currency: found.currency, calendar: found.calendar))
                }
            }
        }
        document[Numbers.self] = mentions
    }
}

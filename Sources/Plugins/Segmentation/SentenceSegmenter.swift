import Toolkit

/// Splits text into sentences with ICU's sentence boundaries.
///
/// Every line break ends a sentence (headlines and list lines stay apart, as
/// ICU's rules give), so no sentence crosses a paragraph. Sentences are trimmed
/// of white space, no-break spaces included, and empty ones are dropped.
public struct SentenceSegmenter: ConfigurableStage {
    public static let name = "sentences"
    public static let summary = "Sentences from ICU's sentence boundaries; never crossing a line break, trimmed, never empty."
    public static let options: [StageOption] = [
        StageOption("locale", .string, default: "auto",
                    help: "ICU locale, e.g. ar, en, en@ss=standard; auto takes the document's language"),
        StageOption("explain", .boolean, default: false,
                    help: "record in each sentence the reason it ends where it does"),
    ]

    public let locale: String
    public let explain: Bool

    public init(locale: String = "auto", explain: Bool = false) {
        self.locale = locale
        self.explain = explain
    }

    public init(options: StageOptions) {
        self.init(locale: options.string("locale")!, explain: options.bool("explain")!)
    }

    public var produces: [any Layer.Type] { [Sentences.self] }
    public var configuration: [String: JSONValue] { ["locale": .string(locale), "explain": .bool(explain)] }

    public func process(_ document: inout Document, context: StageContext) throws {
        let icuLocale = document.icuLocale(for: locale)
        let iterator = try context.resource(named: icuLocale) { () throws(ICUError) in
            try BreakIterator(.sentence, locale: icuLocale)
        }
        let view = document.view
        var sentences: [Sentence] = []
        try view.utf16.withUnsafeBufferPointer { text throws(ICUError) in
            var start = 0
            try iterator.forEachBoundary(in: text) { boundary, status in
                let trimmed = trimmingWhiteSpace(start..<boundary, in: text)
                start = boundary
                guard !trimmed.isEmpty else { return }
                let reason = explain ? Self.reason(forRuleStatus: status) : nil
                sentences.append(Sentence(span: view.span(utf16: trimmed), reason: reason))
            }
        }
        document[Sentences.self] = sentences
    }

    /// ICU's rule status says whether a boundary follows a terminator (`.?!`) or a line break.
    static func reason(forRuleStatus status: Int32) -> String {
        status >= 100 ? "icu: line break" : "icu: sentence terminator"
    }
}

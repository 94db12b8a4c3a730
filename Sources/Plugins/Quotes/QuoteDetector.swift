import Toolkit

/// Finds quotations, tells reported words (`direct`) from names, titles and
/// scare quotes (`term`), and names who said the reported words.
///
/// Marks are paired line by line (``MarkPairing``), so a missing mark changes
/// one quote, never the pairing of the rest of the document. Arabic and English
/// reporting verbs, with their glued conjunctions (`وقال`), frame the quotes;
/// the speaker is the verb's subject, the source after `وفقا لـ` or
/// `according to`, the one an agency relays (`نقلت عنه وكالة … قوله إن`), or,
/// for a dropped subject (`وأضاف أن`), the head of the chain of reporting verbs
/// in the same or previous paragraph.
///
/// ```swift
/// let chain = try Chain { ParagraphSegmenter(); SentenceSegmenter(); QuoteDetector() }
/// for quote in try chain.run(document)[Quotes.self] ?? [] {
///     print(quote.kind, document[quote.content], quote.speaker?.text ?? "-")
/// }
/// ```
public struct QuoteDetector: ConfigurableStage {
    public static let name = "quotes"
    public static let summary =
        "Quotations with their kind (direct or term), speaker and reporting word; Arabic and English."
    public static let options: [StageOption] = [
        StageOption(
            "language", .choice(["auto"] + QuoteLanguage.allCases.map(\.rawValue)), default: "auto",
            help: "ar or en reporting rules; auto takes the document's language, else its script"),
        StageOption(
            "marks", .strings, default: .array(QuoteMarkPair.allCases.map { .string($0.rawValue) }),
            help: "the quotation mark pairs to pair: “” ‘’ «» ‹› „“ ‚‘ 「」 『』 \" '"),
        StageOption(
            "attribution", .boolean, default: true, help: "find each direct quote's speaker and reporting word"),
        StageOption("verbs", .strings, default: .array([]), help: "more reporting verbs, in the forms the text uses"),
        StageOption("verbs-file", .file, help: "a UTF-8 file of more reporting verbs, one a line; # starts a comment"),
    ]

    /// `nil` reads the language from the document.
    public let language: QuoteLanguage?
    public let marks: [QuoteMarkPair]
    public let attribution: Bool
    /// Reporting verbs added to the built-in lists.
    public let verbs: [String]
    private let verbsFile: String?
    private let arabic: ReportingLexicon
    private let english: ReportingLexicon
    private let scanner: MarkScanner

    public init(
        language: QuoteLanguage? = nil, marks: [QuoteMarkPair] = QuoteMarkPair.allCases, attribution: Bool = true,
        verbs: [String] = []
    ) {
        self.init(language: language, marks: marks, attribution: attribution, verbs: verbs, verbsFile: nil)
    }

    private init(
        language: QuoteLanguage?, marks: [QuoteMarkPair], attribution: Bool, verbs: [String], verbsFile: String?
    ) {
        self.language = language
        self.marks = marks
        self.attribution = attribution
        self.verbs = verbs
        self.verbsFile = verbsFile
        arabic = ReportingLexicon(.arabic, extraVerbs: verbs)
        english = ReportingLexicon(.english, extraVerbs: verbs)
        scanner = MarkScanner(alphabet: MarkAlphabet(Set(marks)))
    }

    public init(options: StageOptions) throws {
        var marks: [QuoteMarkPair] = []
        for name in options.strings("marks") ?? [] {
            guard let pair = QuoteMarkPair(rawValue: name) else {
                let known = QuoteMarkPair.allCases.map(\.rawValue)
                throw options.error(
                    "option 'marks' has no pair '\(name)'; the pairs are \(known.joined(separator: " "))")
            }
            marks.append(pair)
        }
        var verbs = options.strings("verbs") ?? []
        if let file = try options.fileContents("verbs-file") {
            for line in file.split(whereSeparator: \.isNewline) {
                let verb = String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                    .trimmingWhiteSpace()
                if !verb.isEmpty { verbs.append(verb) }
            }
        }
        let language = options.string("language").flatMap(QuoteLanguage.init(rawValue:))
        self.init(
            language: language, marks: marks, attribution: options.bool("attribution")!,
            verbs: verbs, verbsFile: options.string("verbs-file"))
    }

    public var requires: [any Layer.Type] { [Paragraphs.self, Sentences.self] }
    public var produces: [any Layer.Type] { [Quotes.self] }

    public var configuration: [String: JSONValue] {
        var configuration: [String: JSONValue] = [
            "language": .string(language?.rawValue ?? "auto"),
            "marks": .array(marks.map { .string($0.rawValue) }),
            "attribution": .bool(attribution),
            "verbs": .array((verbsFile == nil ? verbs : []).map { .string($0) }),
        ]
        if let verbsFile { configuration["verbs-file"] = .string(verbsFile) }
        return configuration
    }

    public func process(_ document: inout Document, context: StageContext) {
        let view = document.view
        let quotes: [Quote] = view.utf16.withUnsafeBufferPointer { text in
            let lines = paragraphLines(of: document, in: text)
            let sentences = SentenceIndex(of: document)
            let spans = QuoteSpanFinder(scanner: scanner, text: text, lines: lines, sentences: sentences).spans()
            guard !spans.isEmpty else { return [] }
            let lexicon = resolvedLanguage(of: document, text: text) == .arabic ? arabic : english
            let analyzer = QuoteAnalyzer(text: text, lines: lines, sentences: sentences, lexicon: lexicon, spans: spans)
            return analyzer.analyse(attribution: attribution).map { quote in
                func mention(_ range: Range<Int>?) -> Mention? {
                    range.map { Mention(text: analyzer.string($0), span: view.span(utf16: $0)) }
                }
                return Quote(
                    kind: quote.kind, content: view.span(utf16: quote.span.content),
                    marks: view.span(utf16: quote.span.marks),
                    closed: quote.span.closed, speaker: mention(quote.speaker), cue: mention(quote.cue))
            }
        }
        document[Quotes.self] = quotes
    }

    /// The option's language, else the document's (`ar…`, `en…`), else Arabic when most letters are Arabic.
    public func resolvedLanguage(of document: Document) -> QuoteLanguage {
        document.view.utf16.withUnsafeBufferPointer { resolvedLanguage(of: document, text: $0) }
    }

    /// ``resolvedLanguage(of:)`` with the document's UTF-16 text at hand.
    private func resolvedLanguage(of document: Document, text: UnsafeBufferPointer<UInt16>) -> QuoteLanguage {
        if let language { return language }
        if let code = document.language?.lowercased() {
            if code.hasPrefix("ar") { return .arabic }
            if code.hasPrefix("en") { return .english }
        }
        return mostLettersAreArabic(in: UnsafeBufferPointer(rebasing: text.prefix(Self.languageSample)))
            ? .arabic : .english
    }

    /// How many UTF-16 units of a document are read to tell its script.
    static let languageSample = 20_000
}

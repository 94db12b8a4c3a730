import Toolkit

/// Splits text into sentences: ICU's sentence boundaries, refined by small rules.
///
/// ICU finds the candidate boundaries. Unless `rules` is off, rules for the
/// document's language then remove the ones that are not sentence ends
/// (abbreviations, initials, enumerators, ellipses the sentence goes on from)
/// and add the ones ICU misses in carelessly cased web text; see
/// `SentenceRules/`. Every line break ends a sentence (headlines and list lines
/// stay apart), so no sentence crosses a paragraph. Sentences are trimmed of
/// white space, no-break spaces included, and empty ones are dropped.
public struct SentenceSegmenter: ConfigurableStage {
    public static let name = "sentences"
    public static let summary = "Sentences from ICU's sentence boundaries refined by per-language rules; never crossing a line break, trimmed, never empty."
    public static let options: [StageOption] = [
        StageOption("locale", .string, default: "auto",
                    help: "ICU locale, e.g. ar, en, en@ss=standard; auto takes the document's language"),
        StageOption("rules", .boolean, default: true,
                    help: "refine ICU's boundaries with the rules for abbreviations, initials, numbers, ellipses and quotes; false gives ICU's alone"),
        StageOption("abbreviations", .strings, default: .array([]),
                    help: "more abbreviations, with their full stop: 'Gen.', or 'Ave. may-end' for one that can end a sentence"),
        StageOption("abbreviations-file", .file,
                    help: "a file of more abbreviations, one a line as in 'abbreviations'; # starts a comment"),
        StageOption("explain", .boolean, default: false,
                    help: "record in each sentence the reason it ends where it does, and the ICU boundaries the rules removed"),
    ]

    public let locale: String
    public let explain: Bool
    /// Whether the rules refine ICU's boundaries.
    public let rules: Bool
    /// Abbreviations added to the built-in lists, as given.
    public let abbreviations: [String]
    /// The file of more abbreviations, as the chain file names it.
    public let abbreviationsFile: String?
    private let ruleSets: SentenceRuleSets
    /// The rule set for `locale`, chosen once unless it is `auto` (then each document's language chooses).
    private let localeRules: SentenceRuleSet?

    /// A stage with the built-in abbreviation lists.
    public init(locale: String = "auto", explain: Bool = false, rules: Bool = true) {
        self.init(locale: locale, explain: explain, rules: rules, abbreviations: [], file: nil, list: AbbreviationList())
    }

    /// A stage with more abbreviations (`"Gen."`, `"Ave. may-end"`); a malformed entry is an error that names it.
    public init(locale: String = "auto", explain: Bool = false, rules: Bool = true, abbreviations: [String])
        throws(ConfigError)
    {
        let list = try AbbreviationList(entries: abbreviations) { "abbreviation \($0 + 1)" }
        self.init(locale: locale, explain: explain, rules: rules, abbreviations: abbreviations, file: nil, list: list)
    }

    public init(options: StageOptions) throws {
        let entries = options.strings("abbreviations") ?? []
        self.init(
            locale: options.string("locale")!, explain: options.bool("explain")!, rules: options.bool("rules")!,
            abbreviations: entries, file: options.string("abbreviations-file"),
            list: try Self.abbreviationList(entries, options: options))
    }

    /// The option's entries and the file's, read; an error names the entry or the file's line, and the stage.
    private static func abbreviationList(_ entries: [String], options: StageOptions) throws(ConfigError)
        -> AbbreviationList
    {
        do {
            let list = try AbbreviationList(entries: entries) { "option 'abbreviations', entry \($0 + 1)" }
            guard let url = try options.file("abbreviations-file"),
                let contents = try options.fileContents("abbreviations-file")
            else { return list }
            return list.merging(try AbbreviationList(fileContents: contents, path: url.path))
        } catch where error.location == ConfigLocation() {
            throw options.error(error.message)
        }
    }

    private init(
        locale: String, explain: Bool, rules: Bool, abbreviations: [String], file: String?, list: AbbreviationList
    ) {
        self.locale = locale
        self.explain = explain
        self.rules = rules
        self.abbreviations = abbreviations
        self.abbreviationsFile = file
        self.ruleSets = SentenceRuleSets(adding: list)
        self.localeRules = locale == "auto" ? nil : ruleSets.forLocale(locale)
    }

    public var produces: [any Layer.Type] { [Sentences.self] }

    public var configuration: [String: JSONValue] {
        var configuration: [String: JSONValue] = [
            "locale": .string(locale), "explain": .bool(explain), "rules": .bool(rules),
            "abbreviations": .array(abbreviations.map(JSONValue.string)),
        ]
        if let abbreviationsFile { configuration["abbreviations-file"] = .string(abbreviationsFile) }
        return configuration
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let icuLocale = document.icuLocale(for: locale)
        let boundaries = try context.resource(named: icuLocale) { () throws(ICUError) in
            try SentenceBoundaries(locale: icuLocale)
        }
        let view = document.view
        var sentences: [Sentence] = []
        try view.utf16.withUnsafeBufferPointer { units throws(ICUError) in
            let text = SentenceText(units: units)
            var breaks: [SentenceBreak] = []
            if rules {
                var breaker = SentenceBreaker(rules: localeRules ?? ruleSets.forLocale(icuLocale), text: text, explain: explain)
                try boundaries.forEachBoundary(in: units) { breaker.addICUBoundary($0, status: $1) }
                breaks = breaker.breaks
            } else {
                try boundaries.forEachBoundary(in: units) { breaks.append(SentenceBreak(offset: $0, cause: .icu(status: $1))) }
            }
            // A break makes one sentence, or none when it holds only white space, unless a line break splits it.
            sentences.reserveCapacity(breaks.count)
            var start = 0
            for sentenceBreak in breaks {
                // Every line break is a hard boundary, whatever a rule decided around it (ICU, too,
                // can leave one inside a sentence after format controls).
                forEachLine(in: start..<sentenceBreak.offset, of: units) { line in
                    let trimmed = trimmingWhiteSpace(line, in: units)
                    guard !trimmed.isEmpty, !rules || text.hasVisibleCharacter(in: trimmed) else { return }
                    let reason = explain ? Self.reason(for: sentenceBreak, in: text, view: view) : nil
                    sentences.append(Sentence(span: view.span(utf16: trimmed), reason: reason))
                }
                start = sentenceBreak.offset
            }
        }
        document[Sentences.self] = sentences
    }

    /// Why a sentence ends where it does, and what the rules changed inside it.
    static func reason(for sentenceBreak: SentenceBreak, in text: SentenceText, view: TextView) -> String {
        var parts: [String]
        switch sentenceBreak.cause {
        case .icu(let status):
            let endsUnterminated = sentenceBreak.offset == text.count && status >= 100
                && !LineEnds.contains(text.units[text.count - 1])
            parts = [endsUnterminated ? "icu: end of text" : reason(forRuleStatus: status)]
        case .rule(let rule): parts = ["rule: \(rule.name)"]
        }
        for note in sentenceBreak.notes {
            switch note {
            case .removed(let offset, let rule, let shown):
                parts.append("\(rule.name) removed the icu boundary at \(view.scalarOffset(utf16: offset)) after '\(text.string(shown))'")
            case .tookClosing(let shown):
                parts.append("\(ClosingPunctuationRule.name) took '\(text.string(shown))'")
            }
        }
        return parts.joined(separator: "; ")
    }

    /// ICU's rule status says whether a boundary follows a terminator (`.?!`) or a line break.
    static func reason(forRuleStatus status: Int32) -> String {
        status >= 100 ? "icu: line break" : "icu: sentence terminator"
    }
}

import Foundation
import Toolkit

/// Finds the keyphrases that say what a document is about, with every place they occur.
///
/// Candidates are runs of up to `max-words` content words (no stop word, no number)
/// inside one sentence that no line break, punctuation, Arabic conjunction or
/// preposition, or boilerplate interrupts. Occurrences are grouped by a normalized
/// key: Arabic words are folded and lose their clitics (`والجزائر`, `بالجزائر`,
/// `للجزائر` are all `الجزائر`), English words are case folded and lose plural
/// endings, and an acronym defined in parentheses counts as its long form. Words
/// are weighed by ``Method``, phrases scored by their words, frequency, length and
/// wholeness, and near-duplicates merged. Cost is linear in the document's length.
///
/// ```swift
/// let chain = try Chain {
///     ParagraphSegmenter()
///     SentenceSegmenter()
///     Tokenizer()
///     KeywordExtractor(top: 10)
/// }
/// for keyword in try chain.run(document)[Keywords.self] ?? [] { print(keyword.text, keyword.count) }
/// ```
public struct KeywordExtractor: ConfigurableStage {
    /// How phrases are scored.
    public enum Method: String, Sendable, CaseIterable {
        /// Word statistics of the document (frequency, position, spread, casing, context diversity), like YAKE.
        case statistical
        /// The rank of words in a co-occurrence graph, like TextRank.
        case graph
    }

    public static let name = "keywords"
    public static let summary =
        "Keyphrases with every occurrence; Arabic clitics and English plurals grouped, boilerplate skipped."
    public static let options: [StageOption] = [
        StageOption("top", .integer, default: 10, help: "how many keyphrases to keep"),
        StageOption("max-words", .integer, default: 3, help: "the longest keyphrase, in words (1 to 8)"),
        StageOption("method", .choice(Method.allCases.map(\.rawValue)), default: "statistical",
                    help: "statistical (YAKE family) or graph (TextRank family)"),
        StageOption("language", .choice(KeywordLanguage.allCases.map(\.rawValue)), default: "auto",
                    help: "word rules: ar, en, or auto (the document's language, else each word by its script)"),
        StageOption("stopwords", .strings, default: .array([]), help: "stop words added to the built-in lists"),
        StageOption("stopwords-file", .file,
                    help: "a file of stop words added to the built-in lists, one a line; # starts a comment"),
    ]

    public let top: Int
    public let maxWords: Int
    public let method: Method
    public let language: KeywordLanguage
    public let stopWords: [String]
    /// The `stopwords-file` option as written, when set; its words are already in the rules.
    public let stopWordsFile: String?
    /// Every added stop word, folded for matching.
    private let extraStopWords: StopWordTable

    public init(
        top: Int = 10, maxWords: Int = 3, method: Method = .statistical, language: KeywordLanguage = .auto,
        stopWords: [String] = []
    ) {
        self.init(top: top, maxWords: maxWords, method: method, language: language, stopWords: stopWords,
                  stopWordsFile: nil, fileStopWords: [])
    }

    private init(
        top: Int, maxWords: Int, method: Method, language: KeywordLanguage, stopWords: [String],
        stopWordsFile: String?, fileStopWords: [String]
    ) {
        self.top = max(0, top)
        self.maxWords = min(max(1, maxWords), 8)
        self.method = method
        self.language = language
        self.stopWords = stopWords
        self.stopWordsFile = stopWordsFile
        self.extraStopWords = WordAnalyzer.foldedStopWords(stopWords + fileStopWords)
    }

    public init(options: StageOptions) throws {
        let top = options.int("top")!
        guard top >= 1 else { throw options.error("option 'top' must be at least 1, not \(top)") }
        let maxWords = options.int("max-words")!
        guard (1...8).contains(maxWords) else {
            throw options.error("option 'max-words' must be from 1 to 8, not \(maxWords)")
        }
        var fileStopWords: [String] = []
        if let contents = try options.fileContents("stopwords-file") {
            fileStopWords = contents.split(whereSeparator: \.isNewline).compactMap { line in
                let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                    .trimmingCharacters(in: .whitespaces)
                return word.isEmpty ? nil : word
            }
        }
        self.init(
            top: top, maxWords: maxWords, method: Method(rawValue: options.string("method")!)!,
            language: KeywordLanguage(rawValue: options.string("language")!)!,
            stopWords: options.strings("stopwords") ?? [], stopWordsFile: options.string("stopwords-file"),
            fileStopWords: fileStopWords)
    }

    public var requires: [any Layer.Type] { [Tokens.self, Sentences.self] }
    public var produces: [any Layer.Type] { [Keywords.self] }
    public var configuration: [String: JSONValue] {
        var values: [String: JSONValue] = [
            "top": .int(top), "max-words": .int(maxWords), "method": .string(method.rawValue),
            "language": .string(language.rawValue), "stopwords": .array(stopWords.map(JSONValue.string)),
        ]
        if let stopWordsFile { values["stopwords-file"] = .string(stopWordsFile) }
        return values
    }

    public func process(_ document: inout Document, context: StageContext) {
        document[Keywords.self] = keywords(in: document)
    }

    /// The keyphrases of a document that already has `tokens` and `sentences` (and maybe `boilerplate`), best first.
    public func keywords(in document: Document) -> [Keyword] {
        let analyzer = WordAnalyzer(languages: languages(for: document), extraStopWords: extraStopWords)
        // Taken from the document once: a layer look-up costs some hundreds of instructions.
        let tokens = document[Tokens.self] ?? []
        let words = DocumentWords(document, tokens: tokens, analyzer: analyzer)
        var phrases = PhraseTable(words, maximumWords: maxWords)
        phrases.mergeAcronyms(AcronymDefinitions.find(in: document, tokens: tokens, words: words), words: words)
        let scores: [Double]
        switch method {
        case .statistical:
            scores = StatisticalScorer.logScores(phrases, words: words)
        case .graph:
            scores = GraphScorer.logScores(phrases, words: words)
        }
        let chosen = KeyphraseSelector.select(top: top, scores: scores, phrases: phrases, words: words)
        return KeywordBuilder.keywords(chosen, phrases: phrases, words: words, document: document)
    }

    /// The rule sets for a document: the `language` option, or with `auto` the document's language when known.
    private func languages(for document: Document) -> Set<KeywordLanguage> {
        switch language {
        case .ar: return Self.arabicRules
        case .en: return Self.englishRules
        case .auto:
            let code = document.language?.lowercased().split(separator: "-").first.map(String.init)
            if code == "ar" { return Self.arabicRules }
            if code == "en" { return Self.englishRules }
            return Self.bothRules
        }
    }

    // The rule sets made once: a set made for each document cost more than its look-ups.
    private static let arabicRules: Set<KeywordLanguage> = [.ar]
    private static let englishRules: Set<KeywordLanguage> = [.en]
    private static let bothRules: Set<KeywordLanguage> = [.ar, .en]
}

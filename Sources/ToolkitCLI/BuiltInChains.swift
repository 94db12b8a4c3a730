import Toolkit

/// The example chains that span several plugins, built in so that `--chain NAME` works without
/// a file. Each says what its file in `Examples/chains/` says (a test parses the files and compares).
/// They are values rather than YAML text parsed at start: parsing them cost every `toolkit` process
/// some 16 M instructions (a fifth of its start), most of it the YAML library compiling its resolver's
/// patterns, which a run that names a built-in chain never needs.
enum BuiltInChains {
    static let all = [arabicNews, englishNews, romanize, keywordsOnly, quotesOnly]

    /// `Examples/chains/arabic-news.yaml`.
    static let arabicNews = ChainConfig(
        name: "arabic-news",
        summary: "Arabic news: page chrome, paragraphs, sentences, tokens, Buckwalter per sentence, keywords, quotes",
        stages: [
            StageConfig(name: "boilerplate"),
            StageConfig(name: "paragraphs"),
            StageConfig(name: "sentences", options: ["locale": .string("ar")]),
            StageConfig(name: "tokens", options: ["locale": .string("ar")]),
            StageConfig(name: "transliterate", options: ["scheme": .string("buckwalter"), "unit": .string("sentence")]),
            StageConfig(name: "keywords", options: ["language": .string("ar")]),
            StageConfig(name: "quotes", options: ["language": .string("ar")]),
        ])

    /// `Examples/chains/english-news.yaml`.
    static let englishNews = ChainConfig(
        name: "english-news",
        summary: "English news: page chrome, paragraphs, sentences, tokens, ASCII transliteration per sentence, keywords, quotes",
        stages: [
            StageConfig(name: "boilerplate"),
            StageConfig(name: "paragraphs"),
            StageConfig(name: "sentences", options: ["locale": .string("en")]),
            StageConfig(name: "tokens", options: ["locale": .string("en")]),
            StageConfig(
                name: "transliterate", options: ["id": .string("Any-Latin; Latin-ASCII"), "unit": .string("sentence")]),
            StageConfig(name: "keywords", options: ["language": .string("en")]),
            StageConfig(name: "quotes", options: ["language": .string("en")]),
        ])

    /// `Examples/chains/romanize.yaml`.
    static let romanize = ChainConfig(
        name: "romanize",
        summary: "Readable Latin for any script, sentence by sentence",
        stages: [
            StageConfig(name: "paragraphs"),
            StageConfig(name: "sentences"),
            StageConfig(
                name: "transliterate", options: ["id": .string("Any-Latin; Latin-ASCII"), "unit": .string("sentence")]),
        ])

    /// `Examples/chains/keywords-only.yaml`.
    static let keywordsOnly = ChainConfig(
        name: "keywords-only",
        summary: "The ten keyphrases of each document, page chrome left out",
        stages: ["boilerplate", "paragraphs", "sentences", "tokens", "keywords"].map { StageConfig(name: $0) })

    /// `Examples/chains/quotes-only.yaml`.
    static let quotesOnly = ChainConfig(
        name: "quotes-only",
        summary: "Quotes with their speakers and reporting verbs",
        stages: ["paragraphs", "sentences", "tokens", "quotes"].map { StageConfig(name: $0) })
}

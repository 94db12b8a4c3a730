import Toolkit

/// The example chains that span several plugins, built in so that `--chain NAME` works without
/// a file. Each is the text of its file in `Examples/chains/` (a test keeps them the same).
enum BuiltInChains {
    static var all: [ChainConfig] {
        [arabicNews, englishNews, romanize, keywordsOnly, quotesOnly].map { try! ChainConfig(parsing: $0) }
    }

    /// `Examples/chains/arabic-news.yaml`.
    static let arabicNews = """
        name: arabic-news
        description: "Arabic news: page chrome, paragraphs, sentences, tokens, Buckwalter per sentence, keywords, quotes"
        stages:
          - stage: boilerplate
          - stage: paragraphs
          - stage: sentences
            locale: ar
          - stage: tokens
            locale: ar
          - stage: transliterate
            scheme: buckwalter
            unit: sentence
          - stage: keywords
            language: ar
          - stage: quotes
            language: ar
        """

    /// `Examples/chains/english-news.yaml`.
    static let englishNews = """
        name: english-news
        description: "English news: page chrome, paragraphs, sentences, tokens, ASCII transliteration per sentence, keywords, quotes"
        stages:
          - stage: boilerplate
          - stage: paragraphs
          - stage: sentences
            locale: en
          - stage: tokens
            locale: en
          - stage: transliterate
            id: "Any-Latin; Latin-ASCII"
            unit: sentence
          - stage: keywords
            language: en
          - stage: quotes
            language: en
        """

    /// `Examples/chains/romanize.yaml`.
    static let romanize = """
        name: romanize
        description: Readable Latin for any script, sentence by sentence
        stages:
          - stage: paragraphs
          - stage: sentences
          - stage: transliterate
            id: "Any-Latin; Latin-ASCII"
            unit: sentence
        """

    /// `Examples/chains/keywords-only.yaml`.
    static let keywordsOnly = """
        name: keywords-only
        description: The ten keyphrases of each document, page chrome left out
        stages:
          - stage: boilerplate
          - stage: paragraphs
          - stage: sentences
          - stage: tokens
          - stage: keywords
        """

    /// `Examples/chains/quotes-only.yaml`.
    static let quotesOnly = """
        name: quotes-only
        description: Quotes with their speakers and reporting verbs
        stages:
          - stage: paragraphs
          - stage: sentences
          - stage: tokens
          - stage: quotes
        """
}

import Toolkit

/// The keyword extraction plugin: the `keywords` stage and the `keywords` chain.
/// Register with `registry.register(KeywordExtraction.plugin)`.
public let plugin = Plugin(name: "KeywordExtraction", stages: [KeywordExtractor.self], chains: [keywordsChain])

/// `keywords`: page chrome marked, then paragraphs, sentences, tokens and the ten best keyphrases.
public let keywordsChain = ChainConfig(
    name: "keywords",
    summary: "The ten keyphrases that say what a document is about, page chrome skipped",
    stages: ["boilerplate", "paragraphs", "sentences", "tokens", "keywords"].map { StageConfig(name: $0) }
)

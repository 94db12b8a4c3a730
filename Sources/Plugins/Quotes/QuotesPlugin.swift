import Toolkit

/// The quote detection plugin: quotations, their kind and their speakers.
/// Register with `registry.register(QuoteDetection.plugin)`.
public let plugin = Plugin(name: "QuoteDetection", stages: [QuoteDetector.self], chains: [quotesChain])

/// `quotes`: paragraphs, sentences and quotations with their speakers.
public let quotesChain = ChainConfig(
    name: "quotes",
    summary: "Quotations with their kind, speaker and reporting word",
    stages: [StageConfig(name: "paragraphs"), StageConfig(name: "sentences"), StageConfig(name: "quotes")]
)

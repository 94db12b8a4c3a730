import Toolkit

/// The segmentation plugin: paragraphs, sentences and tokens on ICU, and page chrome.
/// Register with `registry.register(Segmentation.plugin)`.
public let plugin = Plugin(
    name: "Segmentation",
    stages: [ParagraphSegmenter.self, SentenceSegmenter.self, Tokenizer.self, BoilerplateDetector.self],
    chains: [segmentChain]
)

/// `segment`: paragraphs, sentences and tokens.
public let segmentChain = ChainConfig(
    name: "segment",
    summary: "Paragraphs, sentences and word tokens",
    stages: [StageConfig(name: "paragraphs"), StageConfig(name: "sentences"), StageConfig(name: "tokens")]
)

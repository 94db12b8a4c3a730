import Toolkit

/// The keyword extraction plugin. Register with `registry.register(KeywordExtraction.plugin)`.
public let plugin = Plugin(name: "KeywordExtraction", stages: [])

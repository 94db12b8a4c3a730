import Toolkit

/// The quote detection plugin. Register with `registry.register(QuoteDetection.plugin)`.
public let plugin = Plugin(name: "QuoteDetection", stages: [])

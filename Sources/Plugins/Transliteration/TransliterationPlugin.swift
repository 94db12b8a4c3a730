import Toolkit

/// The transliteration plugin. Register with `registry.register(Transliteration.plugin)`.
public let plugin = Plugin(name: "Transliteration", stages: [])

import Toolkit

/// The transliteration plugin: ICU transforms and shipped schemes (`transliterate`),
/// and normalization for matching (`normalize`), both aligned to the source text.
/// Register with `registry.register(Transliteration.plugin)`.
public let plugin = Plugin(name: "Transliteration", stages: [Transliterator.self, TextNormalizer.self])

import Toolkit
import ToolkitCLI

/// The chains the fuzz targets and the property tests run: every registered
/// stage with its default options (after the stages that make what it
/// requires), every entry of ``variants``, and every registered chain.
///
/// A stage in a built-in plugin is covered as soon as its plugin registers it,
/// and a named chain (`arabic-news`) as soon as a plugin ships it; to run a
/// stage with other options too, add one line to ``variants``.
public enum ChainsUnderTest {
    /// The stages and chains the `toolkit` command ships.
    public static let registry = ToolkitCommand.builtInRegistry

    /// Stages to run with options other than their defaults, one line each.
    public static let variants: [StageConfig] = [
        StageConfig(name: "sentences", options: ["locale": "en", "explain": true]),
        StageConfig(name: "sentences", options: ["locale": "ar"]),
        StageConfig(name: "tokens", options: ["locale": "ar"]),
        StageConfig(name: "tokens", options: ["locale": "th"]),
    ]

    /// One chain per registered stage and per variant, each stage after the stages it needs.
    public static var stageConfigs: [ChainConfig] {
        let stages = registry.stageNames.map { StageConfig(name: $0) } + variants
        return stages.map { stage in ChainConfig(name: stage.label, stages: withPrerequisites(stage)) }
    }

    /// The chains of ``stageConfigs``. A stage that cannot be built (say, one
    /// that needs an option it has no default for) is an error naming it:
    /// give it a line in ``variants`` with the options it needs.
    public static func stageChains() throws(ConfigError) -> [Chain] {
        try stageConfigs.map { config throws(ConfigError) in try registry.makeChain(config) }
    }

    /// Every registered chain (`segment`, …): together they produce every layer.
    public static func registeredChains() throws(ConfigError) -> [Chain] {
        try registry.chains.map { config throws(ConfigError) in try registry.makeChain(config) }
    }

    /// The stage after the registered stages that produce the layers it requires, in order.
    static func withPrerequisites(_ stage: StageConfig) -> [StageConfig] {
        var chain: [StageConfig] = []
        var produced = Set<String>()
        func add(_ config: StageConfig, depth: Int) {
            if let type = registry.stageType(named: config.name) {
                let layers = registry.defaultLayers(of: type)
                for layer in layers.requires where !produced.contains(layer) && depth < 8 {
                    if let producer = registry.producers(of: layer).first {
                        add(StageConfig(name: producer), depth: depth + 1)
                    }
                }
                produced.formUnion(layers.produces)
            }
            chain.append(config)
        }
        add(stage, depth: 0)
        return chain
    }
}

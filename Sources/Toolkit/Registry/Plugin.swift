/// What a plugin contributes: its stages and any example chains.
///
/// A plugin module exposes one `Plugin` value, and a registry takes it with
/// one call, the same for built-in plugins and a user's:
/// `registry.register(Segmentation.plugin)`.
public struct Plugin: Sendable {
    public let name: String
    public let stages: [any ConfigurableStage.Type]
    public let chains: [ChainConfig]

    public init(name: String, stages: [any ConfigurableStage.Type], chains: [ChainConfig] = []) {
        self.name = name
        self.stages = stages
        self.chains = chains
    }
}

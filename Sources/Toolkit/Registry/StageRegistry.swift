import Foundation

/// Stage names mapped to the stage types that make them from options, and named chains.
///
/// Chain files are built against a registry; an unknown stage name is an
/// error that names it, where it is and the closest registered name.
public struct StageRegistry: Sendable {
    private var stagesByName: [String: any ConfigurableStage.Type] = [:]
    private var chainsByName: [String: ChainConfig] = [:]

    public init() {}

    public init(plugins: [Plugin]) {
        for plugin in plugins { register(plugin) }
    }

    /// Registers a plugin's stages and chains. A later registration of the same name replaces the earlier one.
    public mutating func register(_ plugin: Plugin) {
        for stage in plugin.stages { register(stage) }
        for chain in plugin.chains { register(chain: chain) }
    }

    /// Registers one stage type under its ``Stage/name``.
    public mutating func register(_ stage: any ConfigurableStage.Type) {
        stagesByName[stage.name] = stage
    }

    /// Registers a named chain, listed by `toolkit chains` and usable as `--chain NAME`.
    public mutating func register(chain: ChainConfig) {
        chainsByName[chain.name] = chain
    }

    /// Registered stage names, sorted.
    public var stageNames: [String] { stagesByName.keys.sorted() }

    /// Registered stage types, sorted by name.
    public var stageTypes: [any ConfigurableStage.Type] { stageNames.map { stagesByName[$0]! } }

    /// Registered chain configs, sorted by name.
    public var chains: [ChainConfig] { chainsByName.keys.sorted().map { chainsByName[$0]! } }

    public func stageType(named name: String) -> (any ConfigurableStage.Type)? { stagesByName[name] }

    public func chain(named name: String) -> ChainConfig? { chainsByName[name] }

    /// The layers a stage type requires and produces with its default options.
    public func defaultLayers(of stage: any ConfigurableStage.Type) -> (requires: [String], produces: [String]) {
        guard let instance = try? stage.init(options: .defaults(for: stage)) else { return ([], []) }
        return (instance.requires.map { $0.name }, instance.produces.map { $0.name })
    }

    /// Names of registered stages that produce a layer with their default options.
    public func producers(of layerName: String) -> [String] {
        stageTypes.filter { defaultLayers(of: $0).produces.contains(layerName) }.map { $0.name }
    }

    /// Makes one stage from a chain file's entry.
    public func makeStage(_ config: StageConfig, baseDirectory: URL?, location: ConfigLocation) throws(ConfigError)
        -> any Stage
    {
        guard let type = stagesByName[config.name] else {
            var message = "unknown stage '\(config.name)'"
            if let close = closestName(to: config.name, among: stageNames) {
                message += "; did you mean '\(close)'?"
            } else {
                message += "; registered stages: \(stageNames.joined(separator: ", "))"
            }
            throw ConfigError(message, at: location)
        }
        let options = try StageOptions(
            config.options, for: type.name, specs: type.options, baseDirectory: baseDirectory, location: location)
        do {
            return try type.init(options: options)
        } catch let error as ConfigError {
            throw error
        } catch {
            throw ConfigError("stage '\(type.name)': \(error)", at: location)
        }
    }

    /// Builds and validates a chain from its config.
    public func makeChain(_ config: ChainConfig) throws(ConfigError) -> Chain {
        var stages: [any Stage] = []
        var locations: [ConfigLocation] = []
        let base = config.file.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        for (index, stageConfig) in config.stages.enumerated() {
            let location = ConfigLocation(file: config.file, stageIndex: index + 1, line: stageConfig.line)
            stages.append(try makeStage(stageConfig, baseDirectory: base, location: location))
            locations.append(location)
        }
        return try Chain(
            name: config.name, summary: config.summary, stages: stages, registry: self, locations: locations)
    }
}

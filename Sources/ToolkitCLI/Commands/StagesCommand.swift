import ArgumentParser
import Toolkit

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List every registered stage with its options, what it requires and what it produces."
    )

    func run() {
        let registry = ToolkitCommand.registry
        var lines: [String] = []
        for stage in registry.stageTypes {
            let layers = registry.defaultLayers(of: stage)
            lines.append("\(stage.name): \(stage.summary)")
            lines.append("  requires: \(layers.requires.isEmpty ? "-" : layers.requires.joined(separator: ", "))")
            lines.append("  produces: \(layers.produces.joined(separator: ", "))")
            for option in stage.options {
                let defaultText = option.defaultValue.map { " = \(ChainConfig.scalarText($0))" } ?? ""
                lines.append("  --\(option.name) (\(option.kind))\(defaultText): \(option.help)")
            }
            lines.append("")
        }
        print(lines.joined(separator: "\n"), terminator: "")
    }
}

struct ChainsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chains",
        abstract: "List the built-in chains, or print one as a chain file."
    )

    @Option(name: .long, help: ArgumentHelp("Print this chain as YAML, a starting point for a chain file.", valueName: "NAME"))
    var show: String?

    func run() throws {
        let registry = ToolkitCommand.registry
        if let show {
            guard let config = registry.chain(named: show) else {
                printError("error: no chain named '\(show)'; built-in chains: \(registry.chains.map(\.name).joined(separator: ", "))")
                throw ExitStatus.configError
            }
            print(config.yaml, terminator: "")
            return
        }
        for chain in registry.chains {
            print("\(chain.name): \(chain.summary)")
            print("  stages: \(chain.stages.map(\.name).joined(separator: " → "))")
        }
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that a chain can be built, without running it."
    )

    @OptionGroup var chainOption: ChainOption

    @Flag(name: .long, help: "Print the chain as resolved, every option with its value, as YAML.")
    var resolved = false

    func run() throws {
        let chain = try chainOption.build(in: ToolkitCommand.registry)
        if resolved {
            print(chain.configuration.yaml, terminator: "")
        } else {
            let names = chain.stages.map { type(of: $0).name }
            print("chain '\(chain.name)' is valid: \(names.joined(separator: " → ")); produces \(chain.producedLayers.joined(separator: ", "))")
        }
    }
}

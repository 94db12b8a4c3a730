import ArgumentParser
import Foundation
import Toolkit

/// The `--chain NAME|FILE` option shared by the commands that build a chain.
struct ChainOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A built-in chain's name (see 'toolkit chains') or a chain file (YAML or JSON).", valueName: "NAME|FILE"))
    var chain: String

    /// The chain's config: a file when one exists at that path or the name ends in .yaml, .yml or .json; else a registered chain.
    func config(in registry: StageRegistry) throws(ConfigError) -> ChainConfig {
        let looksLikeFile = [".yaml", ".yml", ".json"].contains { chain.hasSuffix($0) } || chain.contains("/")
        if FileManager.default.fileExists(atPath: chain) || looksLikeFile {
            return try ChainConfig(contentsOf: URL(fileURLWithPath: chain))
        }
        if let config = registry.chain(named: chain) { return config }
        let names = registry.chains.map(\.name)
        var message = "no chain named '\(chain)' and no chain file at that path"
        if let close = closestName(to: chain, among: names) { message += "; did you mean '\(close)'?" }
        message += "; built-in chains: \(names.joined(separator: ", "))"
        throw ConfigError(message, at: ConfigLocation(file: nil))
    }

    /// Builds the chain, or prints the error and exits with the config-error status.
    func build(in registry: StageRegistry) throws -> Chain {
        do {
            return try registry.makeChain(config(in: registry))
        } catch {
            printError("error: \(error)")
            throw ExitStatus.configError
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

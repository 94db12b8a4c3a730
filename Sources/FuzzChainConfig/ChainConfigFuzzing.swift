import Foundation
import Robustness
import Toolkit

/// Chain files in YAML or JSON: parsing must end in a config or a
/// ``ConfigError``, never a crash or a hang. A config that parses must read
/// back from its own ``ChainConfig/yaml`` and ``ChainConfig/json`` as the same
/// config; one that builds must run on a short text.
enum ChainConfigFuzzing {
    static let document = Document(id: "fuzz", text: "Hello world. مرحبا بالعالم؟ 👍🏽\n\nNext.", language: "ar")

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let text = String(validating: bytes, as: UTF8.self),
            let config = try? ChainConfig(parsing: text, file: "fuzz.yaml")
        else { return }
        for (format, written) in [("YAML", config.yaml), ("JSON", config.json)] {
            do {
                let reread = try ChainConfig(parsing: written)
                if reread != config {
                    fatalError("the config's \(format) reads back as a different config:\n\(written)")
                }
            } catch {
                fatalError("the config's \(format) does not read back: \(error)\n\(written)")
            }
        }
        guard let chain = try? ChainsUnderTest.registry.makeChain(config) else { return }
        _ = try? chain.run(document)
    }
}

@main
enum FuzzChainConfigMain {
    static func main() { FuzzDriver.main(ChainConfigFuzzing.run) }
}

import Foundation
import Testing
import Toolkit
@testable import ToolkitCLI

/// Every chain in `Examples/chains/` is also a built-in chain, and the two say the same.
struct BuiltInChainTests {
    static let folder = CommandRunner.packageRoot.appendingPathComponent("Examples/chains")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func everyExampleChainIsBuiltInAndIdentical() throws {
        let registry = ToolkitCommand.builtInRegistry
        #expect(Self.files.count == 6)
        for file in Self.files {
            let config = try ChainConfig(contentsOf: Self.folder.appendingPathComponent(file))
            let builtIn = try #require(registry.chain(named: config.name), "\(file) is not a built-in chain")
            #expect(builtIn == config, "\(file) differs from the built-in chain '\(config.name)'")
            _ = try registry.makeChain(builtIn)
        }
    }
}

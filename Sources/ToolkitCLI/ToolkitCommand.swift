import ArgumentParser
import KeywordExtraction
import QuoteDetection
import Segmentation
import Toolkit
import Transliteration

/// The `toolkit` command. A user's own command is this one with more stages registered:
///
/// ```swift
/// var registry = ToolkitCommand.builtInRegistry
/// registry.register(Numbers.plugin)  // a module's `plugin`
/// ToolkitCommand.main(registry: registry)
/// ```
public struct ToolkitCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "toolkit",
        abstract: "Text analysis chains on ICU: segmentation, and whatever stages are registered.",
        subcommands: [
            RunCommand.self, StagesCommand.self, ChainsCommand.self, ValidateCommand.self, EvaluateCommand.self,
            TransliteratorsCommand.self, WorkerCommand.self,
        ]
    )

    /// The stages and chains of the plugins that ship with the toolkit.
    public static var builtInRegistry: StageRegistry {
        var registry = StageRegistry(plugins: [
            Segmentation.plugin, Transliteration.plugin, KeywordExtraction.plugin, QuoteDetection.plugin,
        ])
        for chain in BuiltInChains.all { registry.register(chain: chain) }
        return registry
    }

    /// The registry ``main(registry:)`` was given.
    nonisolated(unsafe) private static var givenRegistry: StageRegistry?

    /// The registry the subcommands use: the one given to ``main(registry:)``, else the built-in one.
    /// (A stored `registry = builtInRegistry` would build the built-in one, its chain files parsed,
    /// before `main(registry:)` replaced it: about 11 M instructions at every start.)
    static var registry: StageRegistry { givenRegistry ?? builtInRegistry }

    /// Runs the command line with a registry of stages.
    public static func main(registry: StageRegistry) {
        givenRegistry = registry
        HeapTuning.keepLargeBuffersForReuse()
        main()
    }

    public init() {}
}

/// Exit statuses beyond ArgumentParser's 0 (success) and 64 (usage).
enum ExitStatus {
    /// Some documents failed; the others were written.
    static let documentsFailed = ExitCode(65)
    /// An input path does not exist or cannot be read.
    static let inputMissing = ExitCode(66)
    /// The output cannot be written.
    static let outputFailed = ExitCode(74)
    /// The worker processes of `--workers processes` could not run.
    static let workersFailed = ExitCode(70)
    /// The chain cannot be built: unknown stage or option, wrong order.
    static let configError = ExitCode(78)
}

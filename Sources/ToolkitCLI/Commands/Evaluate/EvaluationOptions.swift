import ArgumentParser
import Foundation
import Toolkit

/// The options every `toolkit evaluate TASK` takes, and the steps they share:
/// build the chain, read the gold file, run the chain over its documents, print the report.
struct EvaluationOptions: ParsableArguments {
    @OptionGroup var chainOption: ChainOption

    @Option(name: .long, help: ArgumentHelp(
        "Gold documents: JSONL, one {\"id\", \"text\", \"lang\"?, ...} object per line with the task's annotations.",
        valueName: "FILE.jsonl"))
    var gold: String

    @Option(name: .long, help: ArgumentHelp("Language of documents that do not give theirs (e.g. ar, en).", valueName: "CODE"))
    var lang: String?

    @Option(name: .long, help: "Documents analysed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Print the scores as one JSON object instead of a table.")
    var json = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    /// Builds the chain and checks that it produces `layer`; else prints the error and exits with the config-error status.
    func buildChain(producing layer: any Layer.Type) throws -> Chain {
        let chain = try chainOption.build(in: ToolkitCommand.registry)
        guard chain.producedLayers.contains(layer.name) else {
            printError("error: chain '\(chain.name)' produces no '\(layer.name)' layer to evaluate; it produces \(chain.producedLayers.joined(separator: ", "))")
            throw ExitStatus.configError
        }
        return chain
    }

    /// The gold records, each checked by `annotations` (which reads the task's field); a problem is printed and ends the command.
    func readGold<Annotation>(_ annotations: (GoldRecord) throws(EvaluationError) -> Annotation) throws
        -> [(record: GoldRecord, annotation: Annotation)]
    {
        do {
            return try GoldDocuments.read(gold, language: lang).map { record throws(EvaluationError) in
                (record, try annotations(record))
            }
        } catch {
            printError("error: \(error)")
            throw FileManager.default.fileExists(atPath: gold) ? ExitStatus.documentsFailed : ExitStatus.inputMissing
        }
    }

    /// Runs the chain over the records' texts, in order; a document that fails is printed and ends the command.
    func run(_ chain: Chain, on records: [GoldRecord]) throws -> [Document] {
        var documents: [Document] = []
        var failed = false
        for result in chain.run(records.map(\.input), jobs: jobs) {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let failure):
                printError("error: \(failure)")
                failed = true
            }
        }
        if failed { throw ExitStatus.documentsFailed }
        return documents
    }

    /// Prints the report as a table, or as JSON with `--json`.
    func print(_ report: EvaluationReport) {
        Swift.print(json ? report.json : report.table, terminator: "")
    }
}

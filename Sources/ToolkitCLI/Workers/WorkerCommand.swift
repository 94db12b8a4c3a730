import ArgumentParser
import Foundation
import Toolkit

/// `toolkit worker`: one worker process of `toolkit run --workers processes`, not for direct use.
///
/// Reads document frames on standard input, runs the chain on each in turn, and writes each
/// result frame to standard output as soon as it is ready, in input order (``WorkerFrames``).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "A worker process of 'toolkit run --workers processes' (reads and writes frames, not text).",
        shouldDisplay: false
    )

    @OptionGroup var chainOption: ChainOption

    @Option(name: .long, help: "Output format of the run.")
    var format: OutputFormat = .jsonl

    @Option(name: .long, help: "Only these layers in json/jsonl output, comma-separated.")
    var layers: String?

    @Flag(name: .long, help: "Add the provenance member to each JSON document.")
    var provenance = false

    @Flag(name: .long, help: "Wrap pieces of text output in bidi isolates.")
    var isolateText = false

    @Option(name: .long, help: "Language of documents that do not give theirs.")
    var lang: String?

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of failing the document.")
    var lossy = false

    @Option(name: .long, help: "Largest document accepted, in bytes of UTF-8.")
    var maxDocumentBytes: Int = DocumentReader.defaultMaximumDocumentBytes

    /// For tests of a worker that dies: a worker kills itself on reaching a document with this id.
    static let dieOnDocumentVariable = "TOOLKIT_TEST_WORKER_DIES_ON"

    func run() throws {
        let dieOnDocument = ProcessInfo.processInfo.environment[Self.dieOnDocumentVariable]
        let chain = try chainOption.build(in: ToolkitCommand.registry)
        let writer = DocumentWriter(
            format: format, layers: layers.map { Set($0.split(separator: ",").map(String.init)) },
            extras: provenance ? [("provenance", Provenance.describe(chain))] : [],
            isolateText: isolateText)
        // Reads JSONL lines as the run would have (line lengths were checked there).
        let reader = DocumentReader(language: lang, lossy: lossy, maximumDocumentBytes: maxDocumentBytes)
        let context = StageContext()
        var input = PipeReader(descriptor: STDIN_FILENO)
        while let (origin, lineNumber, record) = try WorkerFrames.readDocument(from: &input) {
            let result: Result<Document, DocumentFailure>
            do throws(DocumentFailure) {
                var document = try reader.record(record, origin: origin, lineNumber: lineNumber)
                if document.id == dieOnDocument { kill(getpid(), SIGKILL) }
                try chain.process(&document, context: context)
                result = .success(document)
            } catch {
                result = .failure(error)
            }
            try writeAll(WorkerFrames.resultFrame(writer.render(result)), to: STDOUT_FILENO)
        }
    }
}

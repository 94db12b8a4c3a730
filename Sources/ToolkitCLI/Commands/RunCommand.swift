import ArgumentParser
import Foundation
import Toolkit

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a chain over text files, folders of .txt files, JSONL files or standard input.",
        discussion: """
            An INPUT is a text file (one document, id = file name without extension), a folder (its .txt \
            files, sorted), a .jsonl file (one {"id", "text", "lang"?, ...} object per line; other fields go \
            to "meta"), or '-' for standard input (the default when no INPUT is given).

            Exit status: 0 on success, 64 on a usage error, 66 when an input is missing, 78 when the chain \
            cannot be built, 65 when some documents failed (the others are still written), 70 when worker \
            processes (--workers processes) cannot run.
            """
    )

    @OptionGroup var chainOption: ChainOption

    @Option(name: .long, help: "Output format: text (a readable summary), json (one object, or an array for several documents), jsonl, or html (one self-contained page).")
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: "How to split inputs into documents: text or jsonl (default: by extension; text for standard input).")
    var inputFormat: InputFormat?

    @Option(name: .long, help: ArgumentHelp("Language of documents that do not give theirs (e.g. ar, en).", valueName: "CODE"))
    var lang: String?

    @Option(name: .long, help: "Documents analysed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "How --jobs runs documents in parallel: threads, processes (toolkit worker processes, for chains whose stages take a process-wide lock, such as ICU transforms), or auto (processes for such chains, else threads).")
    var workers: WorkerKind = .auto

    @Option(name: .long, help: ArgumentHelp("Only these layers in json/jsonl output, comma-separated (default: all).", valueName: "NAMES"))
    var layers: String?

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of failing the document.")
    var lossy = false

    @Option(name: .long, help: "Largest document accepted, in bytes of UTF-8.")
    var maxDocumentBytes: Int = DocumentReader.defaultMaximumDocumentBytes

    @Option(name: .long, help: "Longest JSONL line accepted, in bytes.")
    var maxLineBytes: Int = DocumentReader.defaultMaximumLineBytes

    @Option(name: .long, help: ArgumentHelp("Also write each failed document as a JSON line to this file.", valueName: "FILE"))
    var errors: String?

    @Flag(name: .long, help: "Add to each JSON document a \"provenance\" member: the chain as resolved, and the toolkit, ICU, Unicode and CLDR versions.")
    var provenance = false

    @Flag(name: .long, help: "No progress line and no summary on standard error.")
    var quiet = false

    @Argument(help: ArgumentHelp("Text files, folders, .jsonl files, or - for standard input.", valueName: "INPUT"))
    var inputs: [String] = []

    /// The size of the input files, for the time left; unknown when reading standard input.
    private var totalInputBytes: Int? {
        guard !inputs.isEmpty, !inputs.contains("-") else { return nil }
        var total = 0
        for input in inputs {
            let attributes = try? FileManager.default.attributesOfItem(atPath: input)
            guard attributes?[.type] as? FileAttributeType == .typeRegular, let size = attributes?[.size] as? Int else {
                return nil
            }
            total += size
        }
        return total
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if workers == .processes && format == .html {
            throw ValidationError("--workers processes cannot write --format html: the page is put together in one process; use --workers threads")
        }
        guard maxDocumentBytes >= 1 else { throw ValidationError("--max-document-bytes must be positive") }
        guard maxLineBytes >= 1 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    func run() throws {
        let chain = try chainOption.build(in: ToolkitCommand.registry)
        let reader = DocumentReader(
            format: inputFormat, language: lang, lossy: lossy,
            maximumDocumentBytes: maxDocumentBytes, maximumLineBytes: maxLineBytes)
        let sources: FlattenSequence<[AnySequence<DocumentSource>]>
        do {
            sources = try reader.documents(for: inputs)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputMissing
        }
        let sink: OutputSink
        let errorSink: OutputSink?
        do {
            sink = try OutputSink(path: output)
            errorSink = try errors.map { try OutputSink(path: $0) }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.outputFailed
        }

        let isolateText = output == nil && isatty(STDOUT_FILENO) == 1
        let writer = DocumentWriter(
            format: format, layers: layers.map { Set($0.split(separator: ",").map(String.init)) },
            extras: provenance ? [("provenance", Provenance.describe(chain))] : [],
            isolateText: isolateText)
        var framing = OutputFraming(format: format)
        let progress = ProgressReport(totalBytes: totalInputBytes, quiet: quiet)
        var failures = 0
        func handle(_ rendered: Result<RenderedDocument, DocumentFailure>) throws {
            switch rendered {
            case .success(let document):
                try framing.add(document, to: sink)
                try sink.documentEnded()
                progress.documentDone(inputBytes: document.inputBytes, failed: false)
            case .failure(let failure):
                failures += 1
                printError("error: \(failure)")
                try errorSink?.write(DocumentWriter.errorLine(failure))
                progress.documentDone(inputBytes: 0, failed: true)
            }
        }
        do {
            if usesWorkerProcesses(for: chain) {
                try runInWorkerProcesses(sources, isolateText: isolateText, deliver: handle)
            } else {
                try chain.run(
                    sources, jobs: jobs, reading: DocumentReader.reading(for: inputs), finish: writer.render, deliver: handle)
            }
            try framing.finish(sink)
            try sink.close()
            try errorSink?.close()
        } catch let error as WorkerError {
            printError("error: \(error)")
            throw ExitStatus.workersFailed
        } catch {
            printError("error: writing the output failed: \(error)")
            throw ExitStatus.outputFailed
        }
        progress.finish()
        if failures > 0 {
            printError("\(failures) document\(failures == 1 ? "" : "s") failed; \(framing.count) written")
            throw ExitStatus.documentsFailed
        }
    }

    /// Whether `--jobs` runs worker processes rather than threads for this chain.
    private func usesWorkerProcesses(for chain: Chain) -> Bool {
        guard jobs > 1 else { return false }
        switch workers {
        case .threads: return false
        case .processes: return true
        case .auto: return !chain.runsInParallelThreads && format != .html
        }
    }

    /// Runs the documents in `jobs` `toolkit worker` processes, each rendering the output as this process would.
    private func runInWorkerProcesses(
        _ sources: some Sequence<DocumentSource>, isolateText: Bool, deliver: (Result<RenderedDocument, DocumentFailure>) throws -> Void
    ) throws {
        var arguments = [
            "worker", "--chain", chainOption.chain, "--format", format.rawValue, "--max-document-bytes", "\(maxDocumentBytes)",
        ]
        if let lang { arguments += ["--lang", lang] }
        if lossy { arguments.append("--lossy") }
        if let layers { arguments += ["--layers", layers] }
        if provenance { arguments.append("--provenance") }
        if isolateText { arguments.append("--isolate-text") }
        let pool = try WorkerPool(count: jobs, arguments: arguments, limit: 16 * jobs)
        try pool.run(sources, deliver: deliver)
    }
}

/// What runs the documents of `toolkit run --jobs N` in parallel.
enum WorkerKind: String, ExpressibleByArgument, CaseIterable {
    case auto, threads, processes
}

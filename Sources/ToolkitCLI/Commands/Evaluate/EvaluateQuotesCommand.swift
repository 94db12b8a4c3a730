import ArgumentParser
import Foundation
import QuoteDetection
import Toolkit

/// `toolkit evaluate quotes`: runs a chain over annotated articles and scores its `quotes` layer with the
/// figures of `quotes-dev/score.py`.
struct EvaluateQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quote detection and speaker attribution against gold quotes.",
        discussion: """
            The gold file holds one annotated article a line (quotes-dev/dev.jsonl; its GUIDELINE.md gives the \
            conventions). The chain must produce the 'quotes' layer. The figures are those of \
            quotes-dev/score.py: direct quotes matched exactly and by overlap, terms by overlap, kind accuracy \
            and speaker accuracy, for all articles and for each language.
            """
    )

    @OptionGroup var chainOption: ChainOption

    @Option(name: .long, help: ArgumentHelp("The gold file (JSONL of annotated articles).", valueName: "FILE"))
    var gold: String

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Score the articles of one language only: ar or en.", valueName: "CODE"))
    var lang: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder a gold row's 'corpus' path is relative to (default: the folder above the gold file's).",
            valueName: "DIR"))
    var dataRoot: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Also write the predictions to this file, as JSONL that score.py reads.", valueName: "FILE"))
    var predictions: String?

    @Option(name: .long, help: "Documents analysed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let lang, !["ar", "en"].contains(lang) { throw ValidationError("--lang must be ar or en, not '\(lang)'") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    func run() throws {
        let chain = try chainOption.build(in: ToolkitCommand.registry)
        guard chain.producedLayers.contains(Quotes.name) else {
            printError(
                "error: chain '\(chain.name)' does not produce the '\(Quotes.name)' layer; add the 'quotes' stage")
            throw ExitStatus.configError
        }
        let root = dataRoot ?? URL(fileURLWithPath: gold).deletingLastPathComponent().deletingLastPathComponent().path
        let documents: [QuoteGoldDocument]
        do {
            documents = try QuoteGoldFile.read(gold, dataRoot: root)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputMissing
        }
        let report: QuoteReport
        let predictionLines: [UInt8]
        do {
            (report, predictionLines) = try Self.evaluate(chain, on: documents, language: lang, jobs: jobs)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.documentsFailed
        }
        if let predictions {
            guard FileManager.default.createFile(atPath: predictions, contents: Data(predictionLines)) else {
                printError("error: cannot write to '\(predictions)'")
                throw ExitStatus.outputFailed
            }
        }
        print(json ? report.json : report.text, terminator: "")
    }

    /// Runs `chain` on the gold articles and scores its quotes (those of `language` only, when given);
    /// also returns the predictions as JSONL.
    static func evaluate(_ chain: Chain, on documents: [QuoteGoldDocument], language: String? = nil, jobs: Int = 1)
        throws(DocumentFailure) -> (report: QuoteReport, predictions: [UInt8])
    {
        let inputs = documents.map { Document(id: $0.id, text: $0.text, language: $0.language) }
        var scorer = QuoteScorer()
        var predictionLines: [UInt8] = []
        for (goldDocument, result) in zip(documents, chain.run(inputs, jobs: jobs)) {
            let quotes = try result.get()[Quotes.self] ?? []
            let predicted = quotes.map { ScoredQuote(kind: $0.kind, span: $0.content.range, speaker: $0.speaker?.text) }
            if language == nil || goldDocument.language == language {
                scorer.add(gold: goldDocument.quotes, predicted: predicted, language: goldDocument.language)
            }
            predictionLines += predictionLine(id: goldDocument.id, quotes)
        }
        return (QuoteReport(scorer, documentCount: documents.count), predictionLines)
    }

    /// `{"id", "quotes": [{"kind", "content": [start, end], "speaker"}]}` and a line end.
    static func predictionLine(id: String, _ quotes: [Quote]) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("id")
        writer.value(id)
        writer.key("quotes")
        writer.beginArray()
        for quote in quotes {
            writer.beginObject()
            writer.key("kind")
            writer.value(quote.kind.rawValue)
            writer.key("content")
            writer.beginArray()
            writer.value(quote.content.start)
            writer.value(quote.content.end)
            writer.endArray()
            writer.key("speaker")
            if let speaker = quote.speaker { writer.value(speaker.text) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes + [UInt8(ascii: "\n")]
    }
}

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
            conventions): its text, or a 'corpus' file and 'sha1' to take it from. The chain must produce the \
            'quotes' layer. The figures, and their text and JSON layouts, are those of quotes-dev/score.py: \
            direct quotes matched exactly and by overlap, terms by overlap, kind accuracy and speaker accuracy, \
            for all articles and for each language.

            Example: toolkit evaluate quotes --chain quotes --gold ../shared/data/quotes-dev/dev.jsonl
            """
    )

    @OptionGroup var options: EvaluationOptions

    @Option(
        name: .long,
        help: ArgumentHelp("Score the articles of one language only: ar or en (score.py's --lang).", valueName: "CODE"))
    var onlyLang: String?

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

    func validate() throws {
        if let onlyLang, !["ar", "en"].contains(onlyLang) {
            throw ValidationError("--only-lang must be ar or en, not '\(onlyLang)'")
        }
    }

    func run() throws {
        let chain = try options.buildChain(producing: Quotes.self)
        let gold = options.gold
        let root = dataRoot ?? URL(fileURLWithPath: gold).deletingLastPathComponent().deletingLastPathComponent().path
        let documents: [QuoteGoldDocument]
        do {
            documents = try QuoteGoldFile.read(gold, dataRoot: root, language: options.lang)
        } catch {
            printError("error: \(error)")
            throw FileManager.default.fileExists(atPath: gold) ? ExitStatus.documentsFailed : ExitStatus.inputMissing
        }
        let report: QuoteReport
        let predictionLines: [UInt8]
        do {
            (report, predictionLines) = try Self.evaluate(chain, on: documents, language: onlyLang, jobs: options.jobs)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.documentsFailed
        }
        if let predictions {
            do {
                let sink = try OutputSink(path: predictions)
                try sink.write(predictionLines)
                try sink.close()
            } catch {
                printError("error: cannot write the predictions: \(error)")
                throw ExitStatus.outputFailed
            }
        }
        print(options.json ? report.json : report.text, terminator: "")
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

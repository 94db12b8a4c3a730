import ArgumentParser
import Toolkit

/// `toolkit evaluate sentences`: sentence and boundary precision, recall and F1 of a chain's `sentences` layer.
struct EvaluateSentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Score a chain's sentences against gold sentence spans.",
        discussion: """
            Each gold line is {"id", "text", "sentences": [[start, end], ...]} with Unicode code point offsets, \
            end exclusive. A predicted sentence is correct when its span, trimmed of white space, equals a gold \
            span trimmed the same way; a boundary is the end of a sentence other than the end of the text. \
            Scores are summed over all documents before dividing (micro-averaged).

            Example: toolkit evaluate sentences --chain chain.yaml --gold ud-en-ewt/dev.jsonl --lang en
            """
    )

    @OptionGroup var options: EvaluationOptions

    func run() throws {
        let chain = try options.buildChain(producing: Sentences.self)
        let gold = try options.readGold { record throws(EvaluationError) in try record.spans("sentences") }
        let documents = try options.run(chain, on: gold.map(\.record))
        let scores = SentenceScores(documents: documents, gold: gold.map(\.annotation))
        options.print(EvaluationReport(
            task: "sentences", chain: chain.name, gold: options.gold, documents: documents.count,
            scores: [("sentences", scores.sentences), ("boundaries", scores.boundaries)]))
    }
}

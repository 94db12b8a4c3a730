import ArgumentParser

/// `toolkit evaluate TASK`: run a chain over gold documents and score it, in the spirit of `spacy evaluate`.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a chain against gold annotations.",
        subcommands: [EvaluateSentencesCommand.self, EvaluateKeywordsCommand.self, EvaluateQuotesCommand.self]
    )
}

import ArgumentParser
import Foundation
import KeywordExtraction
import Toolkit

/// `toolkit evaluate keywords`: precision, recall and F1 at 5 and 10 against gold keyphrases.
struct EvaluateKeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Score a chain's keyphrases against gold keyphrases.",
        discussion: """
            The gold file has one {"id", "text", "keyphrases": [...]} object per line. Each document is run \
            through the chain, and its 'keywords' layer is compared with the gold phrases.

            Phrases match when equal after a light normalization of both sides: NFKC and case folding; \
            Arabic diacritics and tatweel removed, أ إ آ ٱ as ا, ى as ي, ة as ه; punctuation and symbols as \
            spaces; white space collapsed; duplicates counted once. Precision at k divides the hits among the \
            first k predicted phrases by the number predicted (at most k), recall divides them by the number \
            of gold phrases; both are averaged over documents with gold phrases (macro), and F1 is their \
            harmonic mean.
            """
    )

    @OptionGroup var chainOption: ChainOption

    @Option(name: .long, help: ArgumentHelp("Gold keyphrases, JSONL.", valueName: "FILE.jsonl"))
    var gold: String

    @Flag(name: .long, help: "Print the scores as one JSON object.")
    var json = false

    @Option(name: .long, help: "Documents analysed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    func run() throws {
        let chain = try chainOption.build(in: ToolkitCommand.registry)
        guard chain.producedLayers.contains(Keywords.name) else {
            printError("error: chain '\(chain.name)' does not produce the 'keywords' layer; add the 'keywords' stage")
            throw ExitStatus.configError
        }
        let sources: FlattenSequence<[AnySequence<DocumentSource>]>
        do {
            sources = try DocumentReader(format: .jsonl).documents(for: [gold])
        } catch {
            printError("error: \(error)")
            throw ExitStatus.inputMissing
        }
        var tally = KeyphraseTally(cutoffs: [5, 10])
        var failures = 0
        try chain.run(sources, jobs: jobs, reading: DocumentReader.reading(for: [gold]), finish: { $0 }) { result in
            switch result {
            case .success(let document):
                let goldPhrases = document.meta["keyphrases"].flatMap(Self.strings) ?? []
                tally.add(predicted: (document[Keywords.self] ?? []).map(\.text), gold: goldPhrases)
            case .failure(let failure):
                failures += 1
                printError("error: \(failure)")
            }
        }
        let report = EvaluationReport(
            task: "keywords", chain: chain.name, gold: gold, documents: tally.documents,
            scores: tally.scores.map { score in
                ("at\(score.cutoff)", AveragedScore(precision: score.precision, recall: score.recall, f1: score.f1))
            },
            skipped: tally.withoutGold)
        print(json ? report.json : report.table, terminator: "")
        if failures > 0 {
            printError("\(failures) document\(failures == 1 ? "" : "s") failed and are not scored")
            throw ExitStatus.documentsFailed
        }
    }

    private static func strings(_ value: JSONValue) -> [String]? {
        guard case .array(let items) = value else { return nil }
        return items.compactMap(\.stringValue)
    }
}

/// Keyphrase hits at several cutoffs, macro-averaged over documents.
struct KeyphraseTally {
    let cutoffs: [Int]
    private(set) var documents = 0
    /// Documents whose gold list is empty: not scored.
    private(set) var withoutGold = 0
    private var precisionSums: [Double]
    private var recallSums: [Double]

    init(cutoffs: [Int]) {
        self.cutoffs = cutoffs
        precisionSums = cutoffs.map { _ in 0 }
        recallSums = cutoffs.map { _ in 0 }
    }

    mutating func add(predicted: [String], gold: [String]) {
        let goldSet = Set(gold.map(KeyphraseNormalization.normalize).filter { !$0.isEmpty })
        guard !goldSet.isEmpty else {
            withoutGold += 1
            return
        }
        documents += 1
        var ranked: [String] = []
        for phrase in predicted.map(KeyphraseNormalization.normalize) where !phrase.isEmpty && !ranked.contains(phrase) {
            ranked.append(phrase)
        }
        for (index, cutoff) in cutoffs.enumerated() {
            let top = ranked.prefix(cutoff)
            let hits = Double(top.filter(goldSet.contains).count)
            precisionSums[index] += top.isEmpty ? 0 : hits / Double(top.count)
            recallSums[index] += hits / Double(goldSet.count)
        }
    }

    /// Macro precision, recall and F1 at each cutoff.
    var scores: [(cutoff: Int, precision: Double, recall: Double, f1: Double)] {
        cutoffs.indices.map { index in
            let n = Double(max(documents, 1))
            let precision = precisionSums[index] / n
            let recall = recallSums[index] / n
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return (cutoffs[index], precision, recall, f1)
        }
    }
}

/// The light normalization under which a predicted keyphrase matches a gold one.
enum KeyphraseNormalization {
    static func normalize(_ phrase: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in phrase.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar?
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640: mapped = nil
            case 0x0622, 0x0623, 0x0625, 0x0671: mapped = "\u{0627}"
            case 0x0649: mapped = "\u{064A}"
            case 0x0629: mapped = "\u{0647}"
            default:
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                    .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
                    .modifierSymbol, .otherSymbol, .spaceSeparator, .lineSeparator, .paragraphSeparator, .control:
                    mapped = " "
                default:
                    mapped = scalar.properties.isWhitespace ? " " : scalar
                }
            }
            guard let mapped else { continue }
            if mapped == " " {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(mapped)
            }
        }
        return String(scalars)
    }
}

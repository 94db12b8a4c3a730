import Toolkit

/// The layer this example adds: how long a document's sentences are, in words.
///
/// A layer is a key type with a name (what JSON output would use) and a value type.
enum SentenceLengths: Layer {
    typealias Value = SentenceLengthStatistics
    static let name = "sentence-lengths"
}

struct SentenceLengthStatistics: Codable, Sendable {
    /// The number of words in each sentence, in text order.
    var words: [Int]
    /// The longest sentence, or `nil` when there is none.
    var longest: Span?

    var mean: Double { words.isEmpty ? 0 : Double(words.reduce(0, +)) / Double(words.count) }

    var median: Int {
        let sorted = words.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

/// Counts the words (tokens of kind `word`) of each sentence.
///
/// A stage needs no registration to run in a chain built in Swift: it is a
/// `Sendable` value that says which layers it reads and which it adds.
struct SentenceLengthCounter: Stage {
    static let name = "sentence-lengths"

    var requires: [any Layer.Type] { [Sentences.self, Tokens.self] }
    var produces: [any Layer.Type] { [SentenceLengths.self] }

    func process(_ document: inout Document, context: StageContext) throws {
        // The chain checked, when it was built, that an earlier stage makes these layers.
        let sentences = document[Sentences.self]!
        let tokens = document[Tokens.self]!
        var words: [Int] = []
        words.reserveCapacity(sentences.count)
        var next = 0  // Both layers are in text order: one walk over the tokens serves every sentence.
        for sentence in sentences {
            while next < tokens.count && tokens[next].span.start < sentence.span.start { next += 1 }
            var count = 0
            while next < tokens.count && tokens[next].span.end <= sentence.span.end {
                if tokens[next].kind == .word { count += 1 }
                next += 1
            }
            words.append(count)
        }
        let longest = zip(sentences, words).max { $0.1 < $1.1 }?.0.span
        document[SentenceLengths.self] = SentenceLengthStatistics(words: words, longest: longest)
    }
}

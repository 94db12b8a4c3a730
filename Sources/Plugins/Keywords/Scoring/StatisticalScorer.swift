import Foundation

/// Weighs words from statistics of the document alone, in the family of YAKE.
///
/// A content word's weight combines five features: how often it occurs compared
/// with the document's other words, how early it matters (the median sentence of
/// its occurrences), how many sentences it spreads over, how often it is
/// capitalized where a sentence start does not explain it, and how diverse its
/// neighbours are (a word that sits next to anything behaves like a stop word).
/// ``PhraseScoring`` turns the weights into phrase scores.
enum StatisticalScorer {
    /// How much the word weights count against the phrase features.
    static let weightExponent = 0.25

    /// The position feature, `log(log(3 + sentence))`, of the first sentences.
    private static let positions = (0..<1024).map { log(log(3 + Double($0))) }

    /// Per phrase, the logarithm of its score; `-infinity` for phrases that are not candidates.
    static func logScores(_ phrases: PhraseTable, words: DocumentWords) -> [Double] {
        let weights = termWeights(words: words, statistics: TermStatistics(words))
        return PhraseScoring.logScores(phrases, words: words, weights: weights, weightExponent: weightExponent)
    }

    /// Per term, the inverse of YAKE's word score (where lower means more important): 1 for stop words.
    static func termWeights(words: DocumentWords, statistics: TermStatistics) -> [Double] {
        let counts = statistics.terms
        let termIsStop = words.termIsStop
        // The content terms' frequencies: how many, their sum (exact: sums of integers) and their maximum,
        // then their variance, summed in term order.
        var contentTerms = 0
        var total = 0
        var largest: Int32 = 0
        for term in counts.indices where !termIsStop[term] {
            contentTerms += 1
            total += Int(counts[term].frequency)
            largest = max(largest, counts[term].frequency)
        }
        let mean = contentTerms == 0 ? 1 : Double(total) / Double(contentTerms)
        var squares = 0.0
        for term in counts.indices where !termIsStop[term] {
            let deviation = Double(counts[term].frequency) - mean
            squares += deviation * deviation
        }
        let variance = contentTerms == 0 ? 0 : squares / Double(contentTerms)
        let frequencyScale = mean + variance.squareRoot()
        let maximum = contentTerms == 0 ? 1 : Double(largest)
        let sentences = Double(max(words.sentenceCount, 1))
        let positions = Self.positions
        let logarithms = Logarithms()
        return [Double](count: counts.count) { term in
            guard !termIsStop[term] else { return 1 }
            let s = counts[term]
            let tf = Double(s.frequency)
            let casing = Double(s.capitalized) / (1 + logarithms[Int(s.frequency)])
            let median = Int(s.medianSentence)
            let position = median < positions.count ? positions[median] : log(log(3 + Double(median)))
            let frequency = tf / frequencyScale
            let left = s.leftContexts > 0 ? Double(s.distinctLeft) / Double(s.leftContexts) : 0
            let right = s.rightContexts > 0 ? Double(s.distinctRight) / Double(s.rightContexts) : 0
            let relatedness = 1 + (left + right) * tf / maximum
            let spread = Double(s.sentenceFrequency) / sentences
            return 1 / (relatedness * position / (casing + frequency / relatedness + spread / relatedness))
        }
    }
}

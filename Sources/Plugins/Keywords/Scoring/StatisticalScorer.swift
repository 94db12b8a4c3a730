import Foundation

/// Scores phrases from statistics of the document alone, in the family of YAKE.
///
/// Each content word gets a weight from five features: how often it occurs
/// compared with the document's other words, how early it first matters (the
/// median sentence of its occurrences), how many sentences it spreads over,
/// how often it is capitalized where the sentence start does not explain it,
/// and how diverse its neighbours are (a word that sits next to anything behaves
/// like a stop word). A phrase scores high when its words weigh much and it
/// occurs often as a whole.
enum StatisticalScorer {
    /// Per phrase, its importance (higher is more important); 0 for phrases that are not candidates.
    static func scores(_ phrases: PhraseTable, words: DocumentWords, statistics: TermStatistics) -> [Double] {
        let wordScores = termScores(words: words, statistics: statistics)
        if Tuning.graphPhrase == 1 {
            return GraphScorer.combine(phrases, words: words, weights: wordScores.map { 1 / $0 }, power: (Tuning.weightPower, Tuning.weightPowerLong))
        }
        var scores = [Double](repeating: 0, count: phrases.count)
        // A phrase's product and sum of word scores extend its prefix's.
        var products = [Double](repeating: 1, count: phrases.count)
        var sums = [Double](repeating: 0, count: phrases.count)
        for phrase in 0..<phrases.count {
            let prefix = Int(phrases.prefix[phrase])
            let term = Int(phrases.lastTerm[phrase])
            let product = prefix >= 0 ? products[prefix] : 1
            let sum = prefix >= 0 ? sums[prefix] : 0
            if words.termIsStop[term] {
                products[phrase] = product * Tuning.stopWordPenalty
                sums[phrase] = sum
            } else {
                products[phrase] = product * wordScores[term]
                sums[phrase] = sum + wordScores[term]
            }
            guard phrases.isCandidate[phrase] else { continue }
            let count = Double(phrases.counts[phrase])
            let yake = products[phrase] / (pow(count, Tuning.countExponent) * (1 + sums[phrase]))
            scores[phrase] = 1 / max(yake, 1e-12)
        }
        return scores
    }

    /// Per term, YAKE's word score: lower means more important.
    private static func termScores(words: DocumentWords, statistics s: TermStatistics) -> [Double] {
        var contentFrequencies: [Double] = []
        for term in 0..<words.termCount where !words.termIsStop[term] {
            contentFrequencies.append(Double(s.frequency[term]))
        }
        let mean = contentFrequencies.isEmpty ? 1 : contentFrequencies.reduce(0, +) / Double(contentFrequencies.count)
        let variance = contentFrequencies.isEmpty
            ? 0 : contentFrequencies.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(contentFrequencies.count)
        let frequencyScale = mean + variance.squareRoot()
        let maximum = Double(contentFrequencies.max() ?? 1)
        let sentences = Double(max(words.sentenceCount, 1))
        var scores = [Double](repeating: 1, count: words.termCount)
        for term in 0..<words.termCount where !words.termIsStop[term] {
            let tf = Double(s.frequency[term])
            let casing = Double(s.capitalized[term]) / (1 + log(tf))
            let position = log(log(3 + Double(s.medianSentence[term])))
            let frequency = tf / frequencyScale
            let left = s.leftContexts[term] > 0 ? Double(s.distinctLeft[term]) / Double(s.leftContexts[term]) : 0
            let right = s.rightContexts[term] > 0 ? Double(s.distinctRight[term]) / Double(s.rightContexts[term]) : 0
            let relatedness = 1 + (left + right) * tf / maximum
            let spread = Double(s.sentenceFrequency[term]) / sentences
            scores[term] = relatedness * position / (casing + frequency / relatedness + spread / relatedness)
        }
        return scores
    }
}

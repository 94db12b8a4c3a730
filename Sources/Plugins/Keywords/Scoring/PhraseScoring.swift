import Foundation

/// Turns word weights into phrase scores, the same way for every method.
///
/// A phrase scores
///
///     mean(weight^ρ) × count^β × words^γ × ((whole + 1) / (count + 1))^ω
///
/// where `weight` is each word's weight from the method, `count`
/// its occurrences, `words` its length and `whole` the occurrences that are a
/// whole chunk rather than a piece of a longer run of content words.
///
/// How much repetition and length weigh depends on how long the text is. In a
/// short text (an abstract: ``shortText`` content words or fewer) nearly every
/// phrase occurs once or twice, so specific, whole multi-word phrases rank
/// first. In a long text (a news article: ``longText`` content words or more)
/// repetition is reliable evidence, so the words and names the text keeps coming
/// back to rank first. Between the two, the exponents move on a log scale.
enum PhraseScoring {
    /// Exponents for short and long texts.
    struct Exponents {
        var count: Double
        var length: Double
        var wholeness: Double
    }

    static let short = Exponents(count: 1.6, length: 0.6, wholeness: 3)
    static let long = Exponents(count: 3.2, length: 0, wholeness: 2)
    static let shortText = 60.0
    static let longText = 150.0

    /// Per phrase, its score (higher is more important); 0 for phrases that are not candidates.
    ///
    /// - Parameters:
    ///   - weights: per term, how much the method thinks it matters (positive).
    ///   - weightExponent: ρ, how much the word weights count against the phrase features.
    static func scores(_ phrases: PhraseTable, words: DocumentWords, weights: [Double], weightExponent: Double)
        -> [Double]
    {
        let exponents = exponents(contentWords: words.isContent.lazy.filter { $0 }.count)
        let weights = weights.map { pow($0, weightExponent) }
        var sums = [Double](repeating: 0, count: phrases.count)
        var scores = [Double](repeating: 0, count: phrases.count)
        for phrase in 0..<phrases.count {
            let prefix = Int(phrases.prefix[phrase])
            sums[phrase] = (prefix >= 0 ? sums[prefix] : 0) + weights[Int(phrases.lastTerm[phrase])]
            guard phrases.isCandidate[phrase] else { continue }
            let length = Double(phrases.length[phrase])
            let count = Double(phrases.counts[phrase])
            let wholeness = (Double(phrases.wholeCounts[phrase]) + 1) / (count + 1)
            scores[phrase] = sums[phrase] / length * pow(count, exponents.count)
                * pow(length, exponents.length) * pow(wholeness, exponents.wholeness)
        }
        return scores
    }

    /// The exponents for a text of `contentWords` content words.
    static func exponents(contentWords: Int) -> Exponents {
        let position = (log(Double(max(contentWords, 1))) - log(shortText)) / (log(longText) - log(shortText))
        let t = min(1, max(0, position))
        return Exponents(
            count: short.count + t * (long.count - short.count),
            length: short.length + t * (long.length - short.length),
            wholeness: short.wholeness + t * (long.wholeness - short.wholeness))
    }
}

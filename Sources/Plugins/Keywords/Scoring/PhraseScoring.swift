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

    /// Per phrase, the logarithm of its score (higher is more important); `-infinity` for phrases that
    /// are not candidates.
    ///
    /// - Parameters:
    ///   - weights: per term, how much the method thinks it matters (positive).
    ///   - weightExponent: ρ, how much the word weights count against the phrase features.
    static func logScores(_ phrases: PhraseTable, words: DocumentWords, weights: [Double], weightExponent: Double)
        -> [Double]
    {
        // A sum without branches or overflow checks, which the compiler vectorizes, unlike a filtered count:
        // the content flag is the lowest bit.
        var contentWords = 0
        for flags in words.flags { contentWords &+= Int(flags.rawValue & WordFlags.content.rawValue) }
        let exponents = exponents(contentWords: contentWords)
        let weightPowers = powers(weights, weightExponent)
        let logarithms = Logarithms()
        // Through buffers: the loop reads a weight per phrase, and an array would check its bounds at each.
        return phrases.withPhrases { phrases in
            weightPowers.withUnsafeBufferPointer { weights in
                // Per phrase, the sum of its words' weights: its prefix's sum and its last word's weight. A prefix
                // comes before the phrases that extend it, so every sum is written before it is read.
                withUnsafeTemporaryAllocation(of: Double.self, capacity: phrases.count) { sums in
                    // Phrases often have the same mean weight (a single word's is its weight), and so its logarithm.
                    RecentResults.withSlots(filledWith: (1, 0)) { logarithmsOfMeans in
                        [Double](count: phrases.count) { phrase in
                            let entry = phrases[phrase]
                            let prefix = Int(entry.prefix)
                            sums.initializeElement(
                                at: phrase, to: (prefix >= 0 ? sums[prefix] : 0) + weights[Int(entry.lastTerm)])
                            guard entry.isCandidate else { return -.infinity }
                            let length = Int(entry.length)
                            let count = Int(entry.count)
                            let wholeCount = Int(entry.wholeCount)
                            return logarithmsOfMeans.result(of: sums[phrase] / Double(length), log)
                                + exponents.count * logarithms[count] + exponents.length * logarithms[length]
                                + exponents.wholeness * (logarithms[wholeCount + 1] - logarithms[count + 1])
                        }
                    }
                }
            }
        }
    }

    /// `pow(weight, exponent)` of every weight; 0 and 1, the weights of stop words, are their own powers.
    /// The terms of a sentence often weigh exactly the same, so powers are reused (``RecentResults``).
    static func powers(_ weights: [Double], _ exponent: Double) -> [Double] {
        // Slots not yet used hold the weight 1, whose power is 1.
        RecentResults.withSlots(filledWith: (1, 1)) { powers in
            [Double](count: weights.count) { term in
                let weight = weights[term]
                if weight == 0 || weight == 1 { return weight }
                return powers.result(of: weight) { pow($0, exponent) }
            }
        }
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

/// Natural logarithms of small counts from a table, larger ones computed.
struct Logarithms {
    private static let tableSize = 256
    /// The logarithms of 0 to 255, made once and kept for the process: a pointer rather than an array, so
    /// that a look-up (a few per phrase) checks no bounds beyond the table size.
    private nonisolated(unsafe) static let shared: UnsafePointer<Double> = {
        let table = UnsafeMutablePointer<Double>.allocate(capacity: tableSize)
        for value in 0..<tableSize { (table + value).initialize(to: log(Double(value))) }
        return UnsafePointer(table)
    }()
    /// The shared table, held here so that look-ups skip the check that it exists.
    private let table = Logarithms.shared

    subscript(value: Int) -> Double {
        value < Self.tableSize ? table[value] : log(Double(value))
    }
}

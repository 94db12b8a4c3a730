import Foundation

/// Scores phrases by the rank of their words in a co-occurrence graph, in the family
/// of TextRank (with PositionRank's bias towards words that occur early).
///
/// Content words are linked when they occur within ``window`` content words of
/// each other in a sentence; PageRank over that graph, restarting at each word in
/// proportion to how early and how often it occurs, weighs every word. A phrase
/// scores the sum of its words' ranks.
enum GraphScorer {
    static let window = 3
    static let damping = 0.85
    static let maximumIterations = 50
    static let tolerance = 1e-7

    /// Per phrase, its importance (higher is more important); 0 for phrases that are not candidates.
    static func scores(_ phrases: PhraseTable, words: DocumentWords) -> [Double] {
        combine(phrases, words: words, weights: termRanks(words), power: (1, 1))
    }

    static func combine(_ phrases: PhraseTable, words: DocumentWords, weights: [Double], power: (Double, Double)) -> [Double] {
        var contentWords = 0
        for word in 0..<words.count where !words.termIsStop[Int(words.terms[word])] { contentWords += 1 }
        let lambda = min(1, max(0, (log(Double(max(contentWords, 1))) - log(Tuning.shortN)) / (log(Tuning.longN) - log(Tuning.shortN))))
        let beta = Tuning.countExponent + lambda * (Tuning.countLong - Tuning.countExponent)
        let gamma = Tuning.lengthBonus + lambda * (Tuning.lengthLong - Tuning.lengthBonus)
        let omega = Tuning.wholeExp + lambda * (Tuning.wholeLong - Tuning.wholeExp)
        let weightPower = power.0 + lambda * (power.1 - power.0)
        let ranks = weights.map { pow($0, weightPower) }
        var sums = [Double](repeating: 0, count: phrases.count)
        var contents = [Double](repeating: 0, count: phrases.count)
        var scores = [Double](repeating: 0, count: phrases.count)
        for phrase in 0..<phrases.count {
            let prefix = Int(phrases.prefix[phrase])
            let term = Int(phrases.lastTerm[phrase])
            sums[phrase] = (prefix >= 0 ? sums[prefix] : 0) + (words.termIsStop[term] ? 0 : (Tuning.geometric == 1 ? log(ranks[term]) : ranks[term]))
            contents[phrase] = (prefix >= 0 ? contents[prefix] : 0) + (words.termIsStop[term] ? 0 : 1)
            if phrases.isCandidate[phrase] {
                if Tuning.graphPhrase == 0 {
                    scores[phrase] = sums[phrase]
                } else {
                    scores[phrase] = (Tuning.geometric == 1 ? exp(sums[phrase] / contents[phrase]) : sums[phrase] / contents[phrase]) * pow(Double(phrases.counts[phrase]), beta) * pow(contents[phrase], gamma)
                        * pow((Double(phrases.wholeCounts[phrase]) + Tuning.wholeAlpha) / (Double(phrases.counts[phrase]) + Tuning.wholeAlpha), omega)
                        * pow(log2(2 + Double(words.sentences[Int(phrases.firstWord[phrase])])), -Tuning.positionPower)
                }
            }
        }
        return scores
    }

    /// PageRank of every term over the co-occurrence graph; stop words rank 0.
    static func termRanks(_ words: DocumentWords) -> [Double] {
        let termCount = words.termCount
        var restart = [Double](repeating: 0, count: termCount)
        var weights: [UInt64: Double] = [:]
        var recent: [Int32] = []  // the last content words of the current sentence
        var sentence: Int32 = -1
        var position = 0
        for word in 0..<words.count {
            let term = words.terms[word]
            if words.sentences[word] != sentence {
                sentence = words.sentences[word]
                recent.removeAll(keepingCapacity: true)
            }
            guard !words.termIsStop[Int(term)] else { continue }
            position += 1
            restart[Int(term)] += 1 / Double(position)
            for other in recent where other != term {
                let (a, b) = other < term ? (other, term) : (term, other)
                weights[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), default: 0] += 1
            }
            recent.append(term)
            if recent.count >= window { recent.removeFirst() }
        }
        let restartTotal = restart.reduce(0, +)
        guard restartTotal > 0 else { return restart }
        for term in 0..<termCount { restart[term] /= restartTotal }

        // Adjacency in compressed rows: each edge in both directions.
        var degree = [Int](repeating: 0, count: termCount + 1)
        for key in weights.keys {
            degree[Int(key >> 32)] += 1
            degree[Int(key & 0xFFFF_FFFF)] += 1
        }
        var offsets = [Int](repeating: 0, count: termCount + 1)
        for term in 0..<termCount { offsets[term + 1] = offsets[term] + degree[term] }
        var fill = offsets
        var neighbours = [Int32](repeating: 0, count: offsets[termCount])
        var edgeWeights = [Double](repeating: 0, count: offsets[termCount])
        var strength = [Double](repeating: 0, count: termCount)
        for (key, weight) in weights {
            let a = Int(key >> 32)
            let b = Int(key & 0xFFFF_FFFF)
            neighbours[fill[a]] = Int32(b)
            edgeWeights[fill[a]] = weight
            fill[a] += 1
            neighbours[fill[b]] = Int32(a)
            edgeWeights[fill[b]] = weight
            fill[b] += 1
            strength[a] += weight
            strength[b] += weight
        }

        var rank = restart
        var next = [Double](repeating: 0, count: termCount)
        for _ in 0..<maximumIterations {
            // Rank held by terms without edges goes back through the restart vector.
            var dangling = 0.0
            for term in 0..<termCount where strength[term] == 0 { dangling += rank[term] }
            for term in 0..<termCount {
                var incoming = 0.0
                for edge in offsets[term]..<offsets[term + 1] {
                    let neighbour = Int(neighbours[edge])
                    incoming += rank[neighbour] * edgeWeights[edge] / strength[neighbour]
                }
                next[term] = (1 - damping + damping * dangling) * restart[term] + damping * incoming
            }
            var change = 0.0
            for term in 0..<termCount { change += abs(next[term] - rank[term]) }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }
}

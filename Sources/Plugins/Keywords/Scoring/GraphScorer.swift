/// Weighs words by their rank in a co-occurrence graph, in the family of TextRank
/// (with PositionRank's bias towards words that occur early).
///
/// Content words are linked when they occur within ``window`` content words of
/// each other in a sentence; PageRank over that graph, restarting at each word in
/// proportion to how early and how often it occurs, weighs every word.
/// ``PhraseScoring`` turns the weights into phrase scores.
enum GraphScorer {
    static let window = 3
    static let damping = 0.85
    static let maximumIterations = 50
    static let tolerance = 1e-7
    /// How much the word ranks count against the phrase features.
    static let weightExponent = 0.5

    /// Per phrase, its importance (higher is more important); 0 for phrases that are not candidates.
    static func scores(_ phrases: PhraseTable, words: DocumentWords) -> [Double] {
        PhraseScoring.scores(phrases, words: words, weights: termRanks(words), weightExponent: weightExponent)
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

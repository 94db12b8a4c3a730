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

    /// Per phrase, the logarithm of its score; `-infinity` for phrases that are not candidates.
    static func logScores(_ phrases: PhraseTable, words: DocumentWords) -> [Double] {
        PhraseScoring.logScores(phrases, words: words, weights: termRanks(words), weightExponent: weightExponent)
    }

    /// PageRank of every term over the co-occurrence graph; stop words rank 0.
    static func termRanks(_ words: DocumentWords) -> [Double] {
        let termCount = words.termCount
        var restart = [Double](repeating: 0, count: termCount)
        var edgeIndex = PairIndex(capacity: words.count * 2)
        var weights: [Double] = []
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
                let edge = Int(edgeIndex.value(a, b) { Int32(weights.count) })
                if edge == weights.count { weights.append(0) }
                weights[edge] += 1
            }
            recent.append(term)
            if recent.count >= window { recent.removeFirst() }
        }
        let restartTotal = restart.reduce(0, +)
        guard restartTotal > 0 else { return restart }
        for term in 0..<termCount { restart[term] /= restartTotal }

        // Adjacency in compressed rows: each edge in both directions.
        var degree = [Int](repeating: 0, count: termCount + 1)
        edgeIndex.forEach { a, b, _ in
            degree[Int(a)] += 1
            degree[Int(b)] += 1
        }
        var offsets = [Int](repeating: 0, count: termCount + 1)
        for term in 0..<termCount { offsets[term + 1] = offsets[term] + degree[term] }
        var fill = offsets
        var neighbours = [Int32](repeating: 0, count: offsets[termCount])
        var edgeWeights = [Double](repeating: 0, count: offsets[termCount])
        var strength = [Double](repeating: 0, count: termCount)
        edgeIndex.forEach { first, second, edge in
            let a = Int(first)
            let b = Int(second)
            let weight = weights[Int(edge)]
            neighbours[fill[a]] = Int32(b)
            edgeWeights[fill[a]] = weight
            fill[a] += 1
            neighbours[fill[b]] = Int32(a)
            edgeWeights[fill[b]] = weight
            fill[b] += 1
            strength[a] += weight
            strength[b] += weight
        }

        return pageRank(restart: restart, offsets: offsets, neighbours: neighbours, edgeWeights: edgeWeights,
                        strength: strength)
    }

    /// Iterates PageRank with restarts until the ranks change by less than ``tolerance`` (at most
    /// ``maximumIterations`` times) over a graph in compressed rows: term `t`'s edges are
    /// `offsets[t]..<offsets[t + 1]`, to `neighbours`, weighing `edgeWeights`; `strength` is each term's
    /// total edge weight.
    ///
    /// (Through buffers: the inner loop runs over every edge up to fifty times a document, and array
    /// bounds checks there cost as much as the arithmetic.)
    private static func pageRank(
        restart: [Double], offsets: [Int], neighbours: [Int32], edgeWeights: [Double], strength: [Double]
    ) -> [Double] {
        let termCount = restart.count
        var rank = restart
        var next = [Double](repeating: 0, count: termCount)
        restart.withUnsafeBufferPointer { restart in
            offsets.withUnsafeBufferPointer { offsets in
                neighbours.withUnsafeBufferPointer { neighbours in
                    edgeWeights.withUnsafeBufferPointer { edgeWeights in
                        strength.withUnsafeBufferPointer { strength in
                            for _ in 0..<maximumIterations {
                                let change = rank.withUnsafeBufferPointer { rank in
                                    next.withUnsafeMutableBufferPointer { next in
                                        // Rank held by terms without edges goes back through the restart vector.
                                        var dangling = 0.0
                                        for term in 0..<termCount where strength[term] == 0 { dangling += rank[term] }
                                        for term in 0..<termCount {
                                            var incoming = 0.0
                                            for edge in offsets[term]..<offsets[term + 1] {
                                                let neighbour = Int(neighbours[edge])
                                                incoming += rank[neighbour] * edgeWeights[edge] / strength[neighbour]
                                            }
                                            next[term] = (1 - damping + damping * dangling) * restart[term]
                                                + damping * incoming
                                        }
                                        var change = 0.0
                                        for term in 0..<termCount { change += abs(next[term] - rank[term]) }
                                        return change
                                    }
                                }
                                swap(&rank, &next)
                                if change < tolerance { break }
                            }
                        }
                    }
                }
            }
        }
        return rank
    }
}

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

        let graph = Graph(termCount: termCount, edges: edgeIndex, weights: weights)
        defer { graph.deallocate() }
        return pageRank(restart: restart, graph: graph)
    }

    /// The co-occurrence graph in compressed rows, each edge in both directions: term `t`'s edges are
    /// `offsets[t]..<offsets[t + 1]`, to `neighbours`, weighing `edgeWeights`; `strength` is each term's
    /// total edge weight. In buffers of its own, which the caller deallocates: the PageRank loop reads
    /// them up to fifty times a document, and through arrays their bounds checks cost as much as the arithmetic.
    private struct Graph {
        let offsets: UnsafeMutableBufferPointer<Int>
        let neighbours: UnsafeMutableBufferPointer<Int32>
        let edgeWeights: UnsafeMutableBufferPointer<Double>
        let strength: UnsafeMutableBufferPointer<Double>

        init(termCount: Int, edges: PairIndex, weights: [Double]) {
            var degree = [Int](repeating: 0, count: termCount + 1)
            edges.forEach { a, b, _ in
                degree[Int(a)] += 1
                degree[Int(b)] += 1
            }
            offsets = .allocate(capacity: termCount + 1)
            offsets[0] = 0
            for term in 0..<termCount { offsets[term + 1] = offsets[term] + degree[term] }
            var fill = Array(offsets)
            neighbours = .allocate(capacity: offsets[termCount])
            edgeWeights = .allocate(capacity: offsets[termCount])
            strength = .allocate(capacity: termCount)
            strength.initialize(repeating: 0)
            edges.forEach { first, second, edge in
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
        }

        func deallocate() {
            offsets.deallocate()
            neighbours.deallocate()
            edgeWeights.deallocate()
            strength.deallocate()
        }
    }

    /// Iterates PageRank with restarts over `graph` until the ranks change by less than ``tolerance``, at
    /// most ``maximumIterations`` times.
    private static func pageRank(restart: [Double], graph: Graph) -> [Double] {
        let termCount = restart.count
        var rank = UnsafeMutableBufferPointer<Double>.allocate(capacity: termCount)
        var next = UnsafeMutableBufferPointer<Double>.allocate(capacity: termCount)
        defer {
            rank.deallocate()
            next.deallocate()
        }
        _ = rank.initialize(fromContentsOf: restart)
        next.initialize(repeating: 0)
        // (Read into locals: through `graph`, the loop reloads each buffer's address on every edge.)
        let (offsets, neighbours) = (graph.offsets, graph.neighbours)
        let (edgeWeights, strength) = (graph.edgeWeights, graph.strength)
        restart.withUnsafeBufferPointer { restart in
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
        }
        return Array(rank)
    }
}

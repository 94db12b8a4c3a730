/// Per-term counts that the scorers share, gathered in a few passes over a document's words.
struct TermStatistics {
    /// The counts of one term.
    struct Counts {
        /// Occurrences.
        var frequency: Int32 = 0
        /// Occurrences written in capitals where the sentence position does not explain it.
        var capitalized: Int32 = 0
        /// Sentences the term occurs in.
        var sentenceFrequency: Int32 = 0
        /// The median sentence of the term's occurrences.
        var medianSentence: Int32 = 0
        /// Distinct terms seen right before / right after the term in a run.
        var distinctLeft: Int32 = 0
        var distinctRight: Int32 = 0
        /// Occurrences that have a word right before / right after them in a run.
        var leftContexts: Int32 = 0
        var rightContexts: Int32 = 0
        /// While counting: the term's last word so far, and the word of its middle occurrence so far.
        fileprivate var lastWord: Int32 = -1
        fileprivate var medianWord: Int32 = -1
    }

    /// Per term, its counts.
    let terms: [Counts]

    init(_ words: DocumentWords) {
        var terms = [Counts](repeating: Counts(), count: words.termCount)
        terms.withUnsafeMutableBufferPointer { counts in
            words.terms.withUnsafeBufferPointer { termOfWord in
                words.sentences.withUnsafeBufferPointer { sentenceOfWord in
                    words.flags.withUnsafeBufferPointer { flags in
                        Self.countOccurrences(
                            into: counts, termOfWord: termOfWord, sentenceOfWord: sentenceOfWord, flags: flags)
                    }
                }
                Self.countNeighbours(into: counts, termOfWord: termOfWord, runStarts: words.runStarts)
            }
        }
        self.terms = terms
    }

    /// Counts each term's occurrences, capitalized occurrences and sentences, and finds its median sentence.
    ///
    /// The median is the sentence of occurrence `frequency / 2` (from 0, in text order), which moves one
    /// occurrence on whenever the frequency becomes even; each occurrence links to the next of its term, so
    /// that one pass over the words finds it.
    private static func countOccurrences(
        into counts: UnsafeMutableBufferPointer<Counts>, termOfWord: UnsafeBufferPointer<Int32>,
        sentenceOfWord: UnsafeBufferPointer<Int32>, flags: UnsafeBufferPointer<WordFlags>
    ) {
        let nextOccurrence = UnsafeMutablePointer<Int32>.allocate(capacity: termOfWord.count)
        defer { nextOccurrence.deallocate() }
        for word in termOfWord.indices {
            let term = Int(termOfWord[word])
            if flags[word].contains(.capitalized) { counts[term].capitalized += 1 }
            let last = Int(counts[term].lastWord)
            if last < 0 {
                counts[term].sentenceFrequency = 1
                counts[term].medianWord = Int32(word)
            } else {
                nextOccurrence[last] = Int32(word)
                if sentenceOfWord[last] != sentenceOfWord[word] { counts[term].sentenceFrequency += 1 }
            }
            counts[term].lastWord = Int32(word)
            counts[term].frequency += 1
            if counts[term].frequency % 2 == 0 {
                counts[term].medianWord = nextOccurrence[Int(counts[term].medianWord)]
            }
        }
        for term in counts.indices where counts[term].medianWord >= 0 {
            counts[term].medianSentence = sentenceOfWord[Int(counts[term].medianWord)]
        }
    }

    /// Counts each term's neighbours in runs, all of them and the distinct ones on each side.
    ///
    /// Nearly every pair of neighbours is distinct, so a map of pairs would insert one per word. Instead
    /// the right neighbours are sorted by their left term (a counting sort: one pass counts, one places),
    /// and each term's right neighbours, read in a row, remember the last term that visited them: a pair
    /// is new when that is not the term whose neighbours are being read. (A chain through each term's
    /// words, followed word by word, did the same in one pass less, but each step waited for the last:
    /// on a 50 MB document, whose word arrays outgrow the caches, the walk took a fifth of the stage.)
    private static func countNeighbours(
        into counts: UnsafeMutableBufferPointer<Counts>, termOfWord: UnsafeBufferPointer<Int32>, runStarts: [Int]
    ) {
        let termCount = counts.count
        let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: 3 * termCount + 1 + termOfWord.count)
        defer { scratch.deallocate() }
        // Per term: where its right neighbours begin in `rights` (and, at `termCount`, where they all end),
        // where the next one goes while they are placed, and the last term whose neighbours included it.
        let firstRight = scratch
        let nextRight = scratch + termCount + 1
        let lastVisitor = scratch + 2 * termCount + 1
        let rights = scratch + 3 * termCount + 1
        firstRight.initialize(repeating: 0, count: termCount + 1)
        lastVisitor.initialize(repeating: -1, count: termCount)
        forEachWordWithRightNeighbour(runStarts) { word in firstRight[Int(termOfWord[word]) + 1] += 1 }
        for term in 0..<termCount { firstRight[term + 1] += firstRight[term] }
        nextRight.initialize(from: firstRight, count: termCount)
        forEachWordWithRightNeighbour(runStarts) { word in
            let left = Int(termOfWord[word])
            rights[Int(nextRight[left])] = termOfWord[word + 1]
            nextRight[left] += 1
        }
        for left in 0..<termCount {
            var distinctRight: Int32 = 0
            for index in Int(firstRight[left])..<Int(firstRight[left + 1]) {
                let right = Int(rights[index])
                counts[right].leftContexts += 1
                if lastVisitor[right] != Int32(left) {
                    lastVisitor[right] = Int32(left)
                    distinctRight += 1
                    counts[right].distinctLeft += 1
                }
            }
            counts[left].rightContexts = firstRight[left + 1] - firstRight[left]
            counts[left].distinctRight = distinctRight
        }
    }

    /// Calls `body` with every word that has a right neighbour in its run, in text order.
    @inline(__always)
    private static func forEachWordWithRightNeighbour(_ runStarts: [Int], _ body: (Int) -> Void) {
        for run in 0..<(runStarts.count - 1) where runStarts[run + 1] - runStarts[run] > 1 {
            for word in runStarts[run]..<(runStarts[run + 1] - 1) { body(word) }
        }
    }
}

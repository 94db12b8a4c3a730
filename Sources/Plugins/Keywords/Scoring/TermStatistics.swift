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
        /// While counting: the last sentence the term was seen in, then its occurrences passed on the way to the median.
        fileprivate var lastSentence: Int32 = -1
        fileprivate var seen: Int32 = 0
    }

    /// Per term, its counts.
    let terms: [Counts]

    init(_ words: DocumentWords) {
        var terms = [Counts](repeating: Counts(), count: words.termCount)
        let termOfWord = words.terms
        let sentenceOfWord = words.sentences
        let isCapitalized = words.isCapitalized
        terms.withUnsafeMutableBufferPointer { counts in
            for word in termOfWord.indices {
                let term = Int(termOfWord[word])
                counts[term].frequency += 1
                if isCapitalized[word] { counts[term].capitalized += 1 }
                let sentence = sentenceOfWord[word]
                if counts[term].lastSentence != sentence {
                    counts[term].lastSentence = sentence
                    counts[term].sentenceFrequency += 1
                }
            }
            // The median: the sentence of the middle occurrence, occurrences being in text order.
            for word in termOfWord.indices {
                let term = Int(termOfWord[word])
                if counts[term].seen == counts[term].frequency / 2 { counts[term].medianSentence = sentenceOfWord[word] }
                counts[term].seen += 1
            }
            let runStarts = words.runStarts
            // Room for every pair of neighbours in a run: one fewer than the run's words.
            var pairs = PairIndex(capacity: termOfWord.count - (runStarts.count - 1))
            for run in 0..<(runStarts.count - 1) {
                let start = runStarts[run]
                let end = runStarts[run + 1]
                guard end - start > 1 else { continue }
                for word in start..<(end - 1) {
                    let left = termOfWord[word]
                    let right = termOfWord[word + 1]
                    counts[Int(left)].rightContexts += 1
                    counts[Int(right)].leftContexts += 1
                    let before = pairs.count
                    _ = pairs.value(left, right) { 0 }
                    if pairs.count > before {
                        counts[Int(left)].distinctRight += 1
                        counts[Int(right)].distinctLeft += 1
                    }
                }
            }
        }
        self.terms = terms
    }
}

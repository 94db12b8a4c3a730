import Foundation

/// Per-term counts that the scorers share, gathered in one pass over a document's words.
struct TermStatistics {
    /// Occurrences.
    var frequency: [Int32]
    /// Occurrences written in capitals where the sentence position does not explain it.
    var capitalized: [Int32]
    /// Sentences the term occurs in.
    var sentenceFrequency: [Int32]
    /// The median sentence of the term's occurrences.
    var medianSentence: [Int32]
    /// Distinct terms seen right before / right after the term in a run.
    var distinctLeft: [Int32]
    var distinctRight: [Int32]
    /// Occurrences that have a word right before / right after them in a run.
    var leftContexts: [Int32]
    var rightContexts: [Int32]

    init(_ words: DocumentWords) {
        let termCount = words.termCount
        frequency = [Int32](repeating: 0, count: termCount)
        capitalized = frequency
        sentenceFrequency = frequency
        medianSentence = frequency
        distinctLeft = frequency
        distinctRight = frequency
        leftContexts = frequency
        rightContexts = frequency
        var lastSentence = [Int32](repeating: -1, count: termCount)
        for word in 0..<words.count {
            let term = Int(words.terms[word])
            frequency[term] += 1
            if words.isCapitalized[word] { capitalized[term] += 1 }
            let sentence = words.sentences[word]
            if lastSentence[term] != sentence {
                lastSentence[term] = sentence
                sentenceFrequency[term] += 1
            }
        }
        // The median: the sentence of the middle occurrence, occurrences being in text order.
        var seen = [Int32](repeating: 0, count: termCount)
        for word in 0..<words.count {
            let term = Int(words.terms[word])
            if seen[term] == frequency[term] / 2 { medianSentence[term] = words.sentences[word] }
            seen[term] += 1
        }
        var pairs = PairIndex(capacity: words.count)
        for run in 0..<(words.runStarts.count - 1) {
            let start = words.runStarts[run]
            let end = words.runStarts[run + 1]
            guard end - start > 1 else { continue }
            for word in start..<(end - 1) {
                let left = words.terms[word]
                let right = words.terms[word + 1]
                rightContexts[Int(left)] += 1
                leftContexts[Int(right)] += 1
                let before = pairs.count
                _ = pairs.value(left, right) { 0 }
                if pairs.count > before {
                    distinctRight[Int(left)] += 1
                    distinctLeft[Int(right)] += 1
                }
            }
        }
    }
}

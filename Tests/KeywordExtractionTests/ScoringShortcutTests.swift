import Foundation
import Testing
import Toolkit

@testable import KeywordExtraction

/// The scorers' shortcuts against the plain definitions they stand for.
struct ScoringShortcutTests {
    /// `PhraseScoring.powers` reuses a kept power for an equal weight: every power must still be
    /// `pow(weight, exponent)`, bit for bit, whatever weights share or fight over a slot.
    @Test(arguments: [0.25, 0.5])
    func powersArePowOfEveryWeight(exponent: Double) {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        // A few hundred distinct weights (more than the slots, so that they collide), each repeated at
        // random places, with the stop words' 0 and 1 among them.
        let distinct = (0..<700).map { _ in Double(next() % 1_000_000 + 1) / 997 } + [0, 1, 0.5, 2]
        let weights = (0..<20_000).map { _ in distinct[Int(next()) % distinct.count] }
        let plain = weights.map { $0 == 0 || $0 == 1 ? $0 : pow($0, exponent) }
        let fast = PhraseScoring.powers(weights, exponent)
        #expect(fast.map(\.bitPattern) == plain.map(\.bitPattern))
    }

    /// `TermStatistics` counts neighbours with a counting sort and medians through chained occurrences:
    /// every count must be what a plain pass over the words, with a set of pairs, finds.
    @Test(arguments: ["seed", "arabic-news.txt", "english-news.txt"])
    func termStatisticsMatchAPlainCount(source: String) throws {
        let text = source == "seed" ? try TestText.seed : try TestText.fixture(source)
        let document = try analyzed(text)
        let analyzer = WordAnalyzer(languages: [.ar, .en], extraStopWords: StopWordTable())
        let words = DocumentWords(document, tokens: document[Tokens.self] ?? [], analyzer: analyzer)
        let counted = TermStatistics(words).terms
        #expect(counted.count == words.termCount && words.count > 20)

        var occurrences = [[Int]](repeating: [], count: words.termCount)
        for word in 0..<words.count { occurrences[Int(words.terms[word])].append(word) }
        var pairs = Set<[Int32]>()
        var leftContexts = [Int32](repeating: 0, count: words.termCount)
        var rightContexts = [Int32](repeating: 0, count: words.termCount)
        for run in 0..<(words.runStarts.count - 1) {
            for word in words.runStarts[run]..<max(words.runStarts[run], words.runStarts[run + 1] - 1) {
                let (left, right) = (words.terms[word], words.terms[word + 1])
                pairs.insert([left, right])
                rightContexts[Int(left)] += 1
                leftContexts[Int(right)] += 1
            }
        }
        for term in 0..<words.termCount {
            let found = counted[term]
            let places = occurrences[term]
            #expect(found.frequency == Int32(places.count))
            #expect(found.sentenceFrequency == Int32(Set(places.map { words.sentences[$0] }).count))
            #expect(found.medianSentence == words.sentences[places[places.count / 2]])
            #expect(found.capitalized == Int32(places.filter { words.flags[$0].contains(.capitalized) }.count))
            #expect(found.leftContexts == leftContexts[term] && found.rightContexts == rightContexts[term])
            #expect(found.distinctLeft == Int32(pairs.filter { $0[1] == Int32(term) }.count))
            #expect(found.distinctRight == Int32(pairs.filter { $0[0] == Int32(term) }.count))
        }
    }
}

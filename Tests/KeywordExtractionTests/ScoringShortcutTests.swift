import Foundation
import Testing

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
}

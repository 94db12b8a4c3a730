import Foundation
import Testing
import Toolkit

/// `UTF8Decoding.isValid`, the check behind every JSONL record and text file, against the standard
/// library's `String(validating:as:)` on every short sequence, on random bytes and on real text.
struct UTF8ValidationTests {
    /// The byte strings on which `isValid` and the standard library disagree.
    private final class Disagreements {
        var found: [[UInt8]] = []

        func check(_ bytes: [UInt8]) {
            let standard = String(validating: bytes, as: UTF8.self) != nil
            if bytes.withUnsafeBufferPointer({ UTF8Decoding.isValid($0) }) != standard { found.append(bytes) }
        }

        /// Reports the first few, as hex.
        func expectNone(sourceLocation: SourceLocation = #_sourceLocation) {
            let shown = found.prefix(5).map { $0.map { String($0, radix: 16) }.joined(separator: " ") }
            #expect(found.isEmpty, "\(found.count) disagreements, such as \(shown)", sourceLocation: sourceLocation)
        }
    }

    /// Bytes that end a sequence early, continue one, or are fine, to follow each lead byte.
    private static let followers: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF]

    @Test func everyOneAndTwoByteSequence() {
        let disagreements = Disagreements()
        for first in 0...255 {
            disagreements.check([UInt8(first)])
            for second in 0...255 { disagreements.check([UInt8(first), UInt8(second)]) }
        }
        disagreements.expectNone()
    }

    /// Runs of two-byte letters are checked eight bytes at a time: every two-byte sequence, well formed or
    /// not, at each place in such a run (`ЖЖЖЖ?ЖЖЖЖ`, with `?` at each offset from the run's start).
    @Test func everyTwoByteSequenceInsideARunOfLetters() {
        let disagreements = Disagreements()
        let letter: [UInt8] = [0xD0, 0x96]  // Ж
        for first in 0x80...0xFF {
            for second in Self.followers + [0x81, 0xBE] {
                for offset in 0..<6 {
                    let before = Array([[UInt8]](repeating: letter, count: offset).joined())
                    let after = Array([[UInt8]](repeating: letter, count: 6 - offset).joined())
                    disagreements.check(before + [UInt8(first), second] + after)
                }
            }
        }
        disagreements.expectNone()
    }

    @Test func everyLeadAndSecondByteOfLongerSequences() {
        let disagreements = Disagreements()
        for lead in 0xE0...0xFF {
            for second in 0...255 {
                for third in Self.followers { disagreements.check([UInt8(lead), UInt8(second), third]) }
                for third: UInt8 in [0x41, 0x80, 0xBF] {
                    for fourth: UInt8 in [0x41, 0x80, 0xBF, 0xC0] { disagreements.check([UInt8(lead), UInt8(second), third, fourth]) }
                }
            }
        }
        disagreements.expectNone()
    }

    /// Sequences cut short or broken at every place in a run long enough for the eight-byte ASCII steps.
    @Test func sequencesAmongASCIIRunsAndCutAtTheEnd() {
        let disagreements = Disagreements()
        let samples: [[UInt8]] = [Array("é".utf8), Array("ج".utf8), Array("€".utf8), Array("😀".utf8), [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        for sample in samples {
            for before in 0...17 {
                for after in 0...9 {
                    let whole = Array(repeating: UInt8(ascii: "a"), count: before) + sample + Array(repeating: UInt8(ascii: "b"), count: after)
                    disagreements.check(whole)
                    for cut in 1..<sample.count { disagreements.check(Array(whole.dropLast(after + cut))) }
                }
            }
        }
        disagreements.expectNone()
    }

    /// A sequence whose continuation bytes come only after a run of ASCII long enough to be skipped
    /// eight bytes at a time: the run breaks the sequence, whatever comes after it.
    @Test func aRunOfASCIIInsideASequenceBreaksIt() {
        let disagreements = Disagreements()
        for sample in [Array("é".utf8), Array("€".utf8), Array("😀".utf8)] {
            for split in 1..<sample.count {
                for before in 0...8 {
                    for run in 8...17 {
                        let broken = Array(repeating: UInt8(ascii: "a"), count: before) + sample.prefix(split)
                            + Array(repeating: UInt8(ascii: "b"), count: run) + sample.dropFirst(split)
                        disagreements.check(broken)
                    }
                }
            }
        }
        disagreements.expectNone()
    }

    @Test func randomBytesWeightedTowardsMultibyteSequences() {
        let pool: [UInt8] = [0x20, 0x41, 0x7F, 0x80, 0xA0, 0xBF, 0xC2, 0xD8, 0xD9, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        let disagreements = Disagreements()
        var state: UInt64 = 7
        for length in 0..<4000 {
            let bytes = (0..<(length % 48)).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return pool[Int(state >> 33) % pool.count]
            }
            disagreements.check(bytes)
        }
        disagreements.expectNone()
    }

    @Test func theSeedArticleAndTextsOfEveryWidthAreValid() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_ef7fff25dfa5f362.txt")
        let texts = [try String(contentsOf: seed, encoding: .utf8), "", "plain ASCII text of some length", "Zürich – 東京 😀 مرحبا\r\n"]
        let disagreements = Disagreements()
        for text in texts {
            #expect(Array(text.utf8).withUnsafeBufferPointer { UTF8Decoding.isValid($0) })
            // One byte broken anywhere in the first 200 makes it invalid exactly when the standard library says so.
            for index in Array(text.utf8).indices.prefix(200) {
                var broken = Array(text.utf8)
                broken[index] = 0xFF
                disagreements.check(broken)
            }
        }
        disagreements.expectNone()
    }
}

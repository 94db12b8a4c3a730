import Foundation
import Robustness
@testable import Segmentation
import Testing

/// The simple word breaker with its ICU fallback against ICU's word iterator alone: the same
/// boundaries with the same rule statuses, character by character and on real text.
struct WordBoundariesTests {
    /// A boundary and ICU's rule status there.
    private struct Boundary: Equatable, CustomStringConvertible {
        let offset: Int
        let status: Int32
        var description: String { "\(offset):\(status)" }
    }

    private let boundaries: WordBoundaries
    private let iterator: BreakIterator

    init() throws {
        boundaries = try WordBoundaries(locale: "ar")
        iterator = try BreakIterator(.word, locale: "ar")
    }

    private func fast(_ units: [UInt16]) throws -> [Boundary] {
        var found: [Boundary] = []
        try units.withUnsafeBufferPointer { text in
            try boundaries.forEachBoundary(in: text) { found.append(Boundary(offset: $0, status: $1)) }
        }
        return found
    }

    private func icu(_ units: [UInt16]) throws -> [Boundary] {
        var found: [Boundary] = []
        try units.withUnsafeBufferPointer { text in
            try iterator.forEachBoundary(in: text) { found.append(Boundary(offset: $0, status: $1.value)) }
        }
        return found
    }

    /// The first segment where the two disagree, with both answers for it; nil when they agree.
    private func firstDifference(_ units: [UInt16]) throws -> String? {
        let (fast, icu) = (try fast(units), try icu(units))
        guard fast != icu else { return nil }
        let index = (0..<min(fast.count, icu.count)).first { fast[$0] != icu[$0] } ?? min(fast.count, icu.count)
        let start = index == 0 ? 0 : icu[index - 1].offset
        let end = max(fast.indices.contains(index) ? fast[index].offset : units.count,
                      icu.indices.contains(index) ? icu[index].offset : units.count)
        let segment = String(decoding: units[start..<end], as: UTF16.self)
        let answer = { (list: [Boundary]) in list.indices.contains(index) ? list[index].description : "none" }
        return "\(segment.debugDescription) \(segment.unicodeScalars.map { String($0.value, radix: 16) }) "
            + "from offset \(start): ICU \(answer(icu)), simple \(answer(fast))"
    }

    @Test func rootLikeLocalesUseTheSimpleBreaker() throws {
        #expect(try WordBoundaries(locale: "ar").followsRootRules)
        #expect(try WordBoundaries(locale: "en").followsRootRules)
        #expect(try WordBoundaries(locale: "").followsRootRules)
        #expect(try !WordBoundaries(locale: "en_US_POSIX").followsRootRules)
    }

    /// Every character the simple breaker handles, alone and between letters, digits,
    /// connectors, marks and spaces, one context per line.
    @Test func everyHandledCharacterInContext() throws {
        let handled = (0...0xFFFF).filter { WordBreakClass.table[$0] != .unhandled }.map { UInt16($0) }
        #expect(handled.count > 6000)
        let mark: UInt16 = 0x064E
        var units: [UInt16] = []
        for c in handled {
            let contexts: [[UInt16]] = [
                [c], [c, 0x61], [c, c], [0x61, c, 0x62], [0x31, c, 0x32], [0x5F, c, 0x5F],
                [0x628, mark, c, mark, 0x628], [0x31, c], [0x61, c], [0x20, c, 0x20], [mark, c, mark],
                [0x41, 0x31, c, 0x32], [c, 0x31, 0x2E, 0x32], [0x61, 0x5F, c], [0x31, 0x5F, c, 0x301],
            ]
            for context in contexts { units += context + [0x0A] }
        }
        let difference = try firstDifference(units)
        #expect(difference == nil)
    }

    /// Random strings over characters of every word break class, handled or not, with lone
    /// surrogates, so the fallback to ICU starts and ends in every kind of place.
    @Test func randomTextAgreesWithICU() throws {
        let alphabet: [[UInt16]] = [
            "a", "Z", "é", "ب", "ـ", "ة", "1", "٣", "۵", ".", "'", "’", ",", "،", ":", ";", "@", "_", "‿", "-",
            " ", " ", "\u{A0}", "\t", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{0B}", "\u{64E}", "\u{301}",
            "\u{200E}", "\u{200C}", "\u{200D}", "\u{AD}", "\u{FEFF}", "👍", "🏽", "🇸🇦", "א", "\"", "ภาษา", "日本", "カ",
            "\u{E000}", "。", "%", "$", "\u{2024}", "\u{FE50}",
        ].map { Array(($0 as String).utf16) } + [[0xD800], [0xDC00], [0xDBFF, 0x61]]
        var generator = SeededGenerator(seed: 29)
        for _ in 0..<20_000 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                units += alphabet.randomElement(using: &generator)!
            }
            let difference = try firstDifference(units)
            #expect(difference == nil)
            if difference != nil { break }
        }
        for _ in 0..<1000 {
            let units = Array(HostileText.string(using: &generator, pieces: 40).utf16)
            let difference = try firstDifference(units)
            #expect(difference == nil)
            if difference != nil { break }
        }
    }

    @Test func seedArticleAgreesWithICU() throws {
        let units = Array(SeedArticle.text.utf16)
        #expect(try firstDifference(units) == nil)
        #expect(try fast(units).count > 500)
    }

    /// The shared Arabic and English news samples, 700 KB and 200 KB of real text.
    @Test(.enabled(if: SharedNewsSamples.present, "needs ../shared/data/corpus-ar and corpus-en"))
    func newsSamplesAgreeWithICU() throws {
        for text in try SharedNewsSamples.texts() {
            let difference = try firstDifference(Array(text.utf16))
            #expect(difference == nil)
            if difference != nil { break }
        }
    }
}

/// The news samples in `../shared/data`, present on developers' machines and CI.
private enum SharedNewsSamples {
    static let files = ["corpus-ar/news-sample.jsonl", "corpus-en/news-sample.jsonl"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data/\($0)")
            .standardized
    }
    static var present: Bool { files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) } }

    static func texts() throws -> [String] {
        try files.flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line in
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                return record["text"] as! String
            }
        }
    }
}

import Foundation
import Robustness
@testable import Segmentation
import Testing

/// A simple breaker with its ICU fallback against ICU's iterator alone.
private struct Differential<Breaker: SimpleBreaker> {
    /// A boundary and ICU's rule status there.
    struct Boundary: Equatable, CustomStringConvertible {
        let offset: Int
        let status: Int32
        var description: String { "\(offset):\(status)" }
    }

    let boundaries: RuleBoundaries<Breaker>
    let iterator: BreakIterator

    init() throws {
        boundaries = try RuleBoundaries(locale: "ar")
        iterator = try BreakIterator(Breaker.kind, locale: "ar")
    }

    func simple(_ units: [UInt16]) throws -> [Boundary] {
        var found: [Boundary] = []
        try units.withUnsafeBufferPointer { text in
            try boundaries.forEachBoundary(in: text) { found.append(Boundary(offset: $0, status: $1)) }
        }
        return found
    }

    func icu(_ units: [UInt16]) throws -> [Boundary] {
        var found: [Boundary] = []
        try units.withUnsafeBufferPointer { text in
            try iterator.forEachBoundary(in: text) { found.append(Boundary(offset: $0, status: $1.value)) }
        }
        return found
    }

    /// The first segment where the two disagree, with both answers for it; nil when they agree.
    func firstDifference(_ units: [UInt16]) throws -> String? {
        let (simple, icu) = (try simple(units), try icu(units))
        guard simple != icu else { return nil }
        let index = (0..<min(simple.count, icu.count)).first { simple[$0] != icu[$0] } ?? min(simple.count, icu.count)
        let start = index == 0 ? 0 : icu[index - 1].offset
        let end = max(simple.indices.contains(index) ? simple[index].offset : units.count,
                      icu.indices.contains(index) ? icu[index].offset : units.count)
        let segment = String(decoding: units[start..<end], as: UTF16.self)
        let answer = { (list: [Boundary]) in list.indices.contains(index) ? list[index].description : "none" }
        return "\(segment.debugDescription) \(segment.unicodeScalars.map { String($0.value, radix: 16) }) "
            + "from offset \(start): ICU \(answer(icu)), simple \(answer(simple))"
    }

    /// The first of `texts` on which the two disagree, and how; nil when they agree on all.
    func firstDifference(in texts: some Sequence<[UInt16]>) throws -> String? {
        for units in texts {
            if let difference = try firstDifference(units) { return difference }
        }
        return nil
    }
}

/// Random strings over characters of every break class, handled or not, with lone surrogates,
/// so the fallback to ICU starts and ends in every kind of place; and hostile text.
private func randomTexts(count: Int) -> [[UInt16]] {
    let alphabet: [[UInt16]] = [
        "a", "Z", "é", "ب", "ـ", "ة", "1", "٣", "۵", ".", "'", "’", ",", "،", ":", ";", "@", "_", "‿", "-",
        " ", " ", "\u{A0}", "\t", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{0B}", "\u{64E}", "\u{301}",
        "\u{200E}", "\u{200C}", "\u{200D}", "\u{AD}", "\u{FEFF}", "👍", "🏽", "🇸🇦", "א", "\"", "ภาษา", "日本", "カ",
        "\u{E000}", "。", "%", "$", "\u{2024}", "\u{FE50}", "?", "!", "؟", "(", ")", "«", "»", "”", "A", "x", "U.S.", "etc. ",
    ].map { Array(($0 as String).utf16) } + [[0xD800], [0xDC00], [0xDBFF, 0x61]]
    var generator = SeededGenerator(seed: 29)
    var texts: [[UInt16]] = (0..<count).map { _ in
        (0..<Int.random(in: 1...40, using: &generator)).flatMap { _ in alphabet.randomElement(using: &generator)! }
    }
    texts += (0..<count / 20).map { _ in Array(HostileText.string(using: &generator, pieces: 40).utf16) }
    return texts
}

/// Every character in `units`, alone and in `contexts` (`0` stands for the character), one
/// context per line.
private func everyCharacter(_ units: [UInt16], in contexts: [[UInt16]]) -> [UInt16] {
    var text: [UInt16] = []
    for unit in units {
        for context in contexts { text += context.map { $0 == 0 ? unit : $0 } + [0x0A] }
    }
    return text
}

/// The simple word and sentence breakers with their ICU fallback against ICU's iterators alone:
/// the same boundaries with the same rule statuses, character by character and on real text.
struct RuleBoundariesTests {
    private let words: Differential<SimpleWordBreaker>
    private let sentences: Differential<SimpleSentenceBreaker>

    init() throws {
        words = try Differential()
        sentences = try Differential()
    }

    @Test func rootLikeLocalesUseTheSimpleBreakers() throws {
        #expect(try WordBoundaries(locale: "ar").followsRootRules)
        #expect(try WordBoundaries(locale: "en").followsRootRules)
        #expect(try WordBoundaries(locale: "").followsRootRules)
        #expect(try !WordBoundaries(locale: "en_US_POSIX").followsRootRules)
        #expect(try SentenceBoundaries(locale: "ar").followsRootRules)
        #expect(try !SentenceBoundaries(locale: "en@ss=standard").followsRootRules)
    }

    /// Every character the simple word breaker handles, alone and between letters, digits,
    /// connectors, marks and spaces.
    @Test func wordsAroundEveryHandledCharacter() throws {
        let handled = (0...0xFFFF).filter { WordBreakClass.table[$0] != .unhandled }.map { UInt16($0) }
        #expect(handled.count > 6000)
        let mark: UInt16 = 0x064E
        let text = everyCharacter(handled, in: [
            [0], [0, 0x61], [0, 0], [0x61, 0, 0x62], [0x31, 0, 0x32], [0x5F, 0, 0x5F],
            [0x628, mark, 0, mark, 0x628], [0x31, 0], [0x61, 0], [0x20, 0, 0x20], [mark, 0, mark],
            [0x41, 0x31, 0, 0x32], [0, 0x31, 0x2E, 0x32], [0x61, 0x5F, 0], [0x31, 0x5F, 0, 0x301],
        ])
        #expect(try words.firstDifference(text) == nil)
    }

    /// Every BMP character but the surrogates, before and after full stops, question marks,
    /// spaces, closing punctuation, capitals and small letters.
    @Test func sentencesAroundEveryCharacter() throws {
        let handled = (0...0xFFFF).filter { SentenceBreakClass.table[$0] != .unhandled }.map { UInt16($0) }
        let (dot, space, mark): (UInt16, UInt16, UInt16) = (0x2E, 0x20, 0x301)
        let text = everyCharacter(handled, in: [
            [0], [0x61, 0, 0x62], [0x61, dot, 0, 0x62], [0x61, dot, space, 0, 0x62], [0x41, dot, 0, 0x42],
            [0x61, 0x3F, 0, space, 0x61], [0x61, dot, 0, space, 0x42], [0x61, 0, dot, space, 0x62],
            [0x61, 0x29, dot, 0, mark, 0x42], [0x31, dot, 0, 0x32], [0x628, 0x61F, 0, 0x628], [0, dot, space, 0x41],
        ])
        #expect(try sentences.firstDifference(text) == nil)
    }

    @Test func randomTextAgreesWithICU() throws {
        let texts = randomTexts(count: 20_000)
        #expect(try words.firstDifference(in: texts) == nil)
        #expect(try sentences.firstDifference(in: texts) == nil)
    }

    /// The scan's test of or-ed classes flags every class that stops a scan and, of the others, only `extend`.
    @Test func orEdClassTestFlagsEveryStop() {
        for raw in UInt8.min...UInt8.max {
            guard let found = SentenceBreakClass(rawValue: raw) else { continue }
            let merged = found.rawValue | SentenceBreakClass.other.rawValue | SentenceBreakClass.sContinue.rawValue
            #expect(SentenceBreakClass.mayStopScan(merged: merged) == (found.stopsScan || found == .extend))
        }
    }

    /// A mark, which makes the eight-unit scan look unit by unit, and a full stop in every position around it.
    @Test func fullStopsNearMarksInEveryPosition() throws {
        for markAt in 0..<16 {
            for stopAt in 0..<22 where stopAt != markAt {
                var units = [UInt16](repeating: 0x628, count: 24)
                units[markAt] = 0x64E
                units[stopAt] = 0x2E
                units[stopAt + 1] = 0x20
                #expect(try sentences.firstDifference(units) == nil, "mark at \(markAt), full stop at \(stopAt)")
            }
        }
    }

    /// Empty text has no boundaries, and one character or one line break has one, at its end.
    @Test func emptyAndTinyTexts() throws {
        #expect(try words.simple([]).isEmpty)
        #expect(try sentences.simple([]).isEmpty)
        for text in [[0x61], [0x0A], [0x0D, 0x0A], [0x301], [0xD800]] as [[UInt16]] {
            #expect(try words.simple(text).map(\.offset) == [text.count])
            #expect(try sentences.simple(text).map(\.offset) == [text.count])
            #expect(try words.firstDifference(text) == nil)
            #expect(try sentences.firstDifference(text) == nil)
        }
    }

    @Test func seedArticleAgreesWithICU() throws {
        let units = Array(SeedArticle.text.utf16)
        #expect(try words.firstDifference(units) == nil)
        #expect(try sentences.firstDifference(units) == nil)
        #expect(try words.simple(units).count > 500)
        #expect(try sentences.simple(units).count > 20)
    }

    /// The shared Arabic and English news samples, 700 KB and 200 KB of real text.
    @Test(.enabled(if: SharedNewsSamples.present, "needs ../shared/data/corpus-ar and corpus-en"))
    func newsSamplesAgreeWithICU() throws {
        let texts = try SharedNewsSamples.texts().map { Array($0.utf16) }
        #expect(try words.firstDifference(in: texts) == nil)
        #expect(try sentences.firstDifference(in: texts) == nil)
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

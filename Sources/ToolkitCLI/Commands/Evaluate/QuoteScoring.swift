import Foundation
import QuoteDetection

/// Scores predicted quotes against gold ones with the rules and figures of `quotes-dev/score.py`:
/// exact and overlapping (≥ 50% of both spans, one to one) matches of direct quotes, overlapping matches
/// of terms, kind accuracy over matched gold quotes, and speaker accuracy over matched direct quotes with
/// a gold speaker (normalized string match against the speaker or one of its aliases; "lenient" also takes
/// one name inside the other). Gold quotes marked optional are ignored, and so is a prediction that only
/// touches one.
struct QuoteScorer {
    /// Counts per group (`all`, then each language in order of appearance), keyed as `score.py` keys them.
    private(set) var groups: [(name: String, counts: [String: Int])] = []

    static let overlapMinimum = 0.5

    mutating func add(gold: [ScoredQuote], predicted: [ScoredQuote], language: String) {
        for group in ["all", language] {
            var index = groups.firstIndex { $0.name == group }
            if index == nil {
                groups.append((group, [:]))
                index = groups.count - 1
            }
            Self.count(gold: gold, predicted: predicted, into: &groups[index!].counts)
        }
    }

    private static func count(gold: [ScoredQuote], predicted: [ScoredQuote], into counts: inout [String: Int]) {
        func add(_ key: String, _ value: Int = 1) { counts[key, default: 0] += value }
        let required = gold.filter { !$0.optional }
        let optional = gold.filter(\.optional)
        for kind in QuoteKind.allCases {
            let goldOfKind = required.filter { $0.kind == kind }
            let predictedOfKind = predicted.filter { $0.kind == kind }
            for (criterion, pairs) in [
                ("exact", exactMatches(goldOfKind, predictedOfKind)),
                ("overlap", overlapMatches(goldOfKind, predictedOfKind)),
            ] {
                let matched = Set(pairs.map(\.1))
                let ignored = predictedOfKind.indices.filter { index in
                    !matched.contains(index)
                        && optional.contains { overlapRatio(predictedOfKind[index].span, $0.span) > 0 }
                }.count
                add("\(kind.rawValue)/\(criterion)/tp", pairs.count)
                add("\(kind.rawValue)/\(criterion)/pred", predictedOfKind.count - ignored)
                add("\(kind.rawValue)/\(criterion)/gold", goldOfKind.count)
                guard kind == .direct && criterion == "overlap" else { continue }
                let matchedGold = Set(pairs.map(\.0))
                for (index, quote) in goldOfKind.enumerated() {
                    for flag in quote.flags {
                        add("flag/\(flag)/gold")
                        if matchedGold.contains(index) { add("flag/\(flag)/found") }
                    }
                }
                for (goldIndex, predictedIndex) in pairs where goldOfKind[goldIndex].speaker != nil {
                    let goldQuote = goldOfKind[goldIndex]
                    let speaker = predictedOfKind[predictedIndex].speaker
                    add("speaker/n")
                    add("speaker/ok", SpeakerMatch.matches(speaker, goldQuote, lenient: false) ? 1 : 0)
                    add("speaker/ok_lenient", SpeakerMatch.matches(speaker, goldQuote, lenient: true) ? 1 : 0)
                }
            }
        }
        for (goldIndex, predictedIndex) in overlapMatches(required, predicted) {
            add("kind/n")
            add("kind/ok", required[goldIndex].kind == predicted[predictedIndex].kind ? 1 : 0)
        }
    }

    static func overlapRatio(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        let intersection = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)
        guard intersection > 0 else { return 0 }
        return Double(intersection) / Double(max(a.count, b.count, 1))
    }

    /// One-to-one pairs with overlap ≥ 50%, best ratios first (ties: later gold, then later prediction, as
    /// Python's reverse sort orders them).
    static func overlapMatches(_ gold: [ScoredQuote], _ predicted: [ScoredQuote]) -> [(Int, Int)] {
        var candidates: [(ratio: Double, gold: Int, predicted: Int)] = []
        for (g, goldQuote) in gold.enumerated() {
            for (p, predictedQuote) in predicted.enumerated() {
                let ratio = overlapRatio(goldQuote.span, predictedQuote.span)
                if ratio >= overlapMinimum { candidates.append((ratio, g, p)) }
            }
        }
        candidates.sort { ($0.ratio, $0.gold, $0.predicted) > ($1.ratio, $1.gold, $1.predicted) }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates
        where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredicted.insert(candidate.predicted)
            pairs.append((candidate.gold, candidate.predicted))
        }
        return pairs
    }

    /// Pairs with identical spans, predictions in order taking the first unused gold quote.
    static func exactMatches(_ gold: [ScoredQuote], _ predicted: [ScoredQuote]) -> [(Int, Int)] {
        var bySpan: [Range<Int>: [Int]] = [:]
        for (index, quote) in gold.enumerated() { bySpan[quote.span, default: []].append(index) }
        var used = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (index, quote) in predicted.enumerated() {
            if let goldIndex = bySpan[quote.span]?.first(where: { !used.contains($0) }) {
                used.insert(goldIndex)
                pairs.append((goldIndex, index))
            }
        }
        return pairs
    }
}

/// The speaker comparison of `score.py`.
enum SpeakerMatch {
    static func matches(_ predicted: String?, _ gold: ScoredQuote, lenient: Bool) -> Bool {
        guard let predicted, !predicted.isEmpty else { return false }
        let names = [gold.speaker].compactMap { $0 } + gold.aliases
        let target = normalize(predicted)
        if names.contains(where: { !$0.isEmpty && normalize($0) == target }) { return true }
        guard lenient else { return false }
        let predictedTokens = lenientTokens(predicted)
        return names.contains { name in
            let goldTokens = lenientTokens(name)
            return !predictedTokens.isEmpty && !goldTokens.isEmpty
                && (contains(goldTokens, predictedTokens) || contains(predictedTokens, goldTokens))
        }
    }

    /// NFKC, case folding, Arabic marks and tatweel removed, `أ إ آ ٱ ى ة ؤ ئ` folded, non-word runs to one space.
    static func normalize(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping.folding(options: .caseInsensitive, locale: nil)
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if isArabicMark(scalar.value) { continue }
            let mapped = arabicFolds[scalar.value].map { Unicode.Scalar($0)! } ?? scalar
            if isWordCharacter(mapped) {
                if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(mapped)
            } else {
                pendingSpace = true
            }
        }
        return String(scalars)
    }

    private static func lenientTokens(_ name: String) -> [String] {
        normalize(name).split(separator: " ").compactMap { token -> String? in
            if ["the", "a", "an", "mr", "mrs", "ms", "dr"].contains(token) { return nil }
            if token.hasPrefix("ال") && token.unicodeScalars.count > 4 {
                return String(token.unicodeScalars.dropFirst(2))
            }
            return String(token)
        }
    }

    private static func contains(_ longer: [String], _ shorter: [String]) -> Bool {
        guard !shorter.isEmpty, shorter.count <= longer.count else { return false }
        return (0...(longer.count - shorter.count)).contains { Array(longer[$0..<($0 + shorter.count)]) == shorter }
    }

    private static func isArabicMark(_ value: UInt32) -> Bool {
        (0x0610...0x061A).contains(value) || (0x064B...0x065F).contains(value) || value == 0x0670
            || (0x06D6...0x06ED).contains(value) || value == 0x0640
    }

    private static let arabicFolds: [UInt32: UInt32] = [
        0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0671: 0x0627, 0x0649: 0x064A, 0x0629: 0x0647,
        0x0624: 0x0648, 0x0626: 0x064A,
    ]

    /// Python's `\w` less `_`: letters (`L*`) and characters with a numeric value.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: scalar.properties.numericType != nil
        }
    }
}

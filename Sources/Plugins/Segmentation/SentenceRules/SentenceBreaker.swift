/// Where a sentence ends and why, as the rules decided.
struct SentenceBreak {
    /// The UTF-16 offset where the sentence ends; white space before it is trimmed later.
    var offset: Int
    /// What ended the sentence.
    var cause: Cause
    /// What the rules changed inside the sentence, kept only when explaining.
    var notes: [Note] = []

    enum Cause {
        /// An ICU boundary with its rule status.
        case icu(status: Int32)
        /// A boundary a splitting rule added.
        case rule(any SentenceRule.Type)
    }

    enum Note {
        /// A rule removed the ICU boundary at `offset`; `text` is the word and terminator before it.
        case removed(offset: Int, rule: any SentenceRule.Type, text: Range<Int>)
        /// The closing quotes and brackets in `text` were taken from the next sentence.
        case tookClosing(text: Range<Int>)
    }
}

/// Applies a ``SentenceRuleSet`` to ICU's sentence boundaries, fed one at a time in text order.
///
/// Each ICU boundary after a terminator is a ``BoundaryCandidate``: the joining
/// rules may remove it. Between ICU boundaries, each full stop is a candidate for
/// the splitting rules, and a split they propose stands unless a joining rule
/// vetoes it. A line break always ends a sentence.
struct SentenceBreaker {
    let text: SentenceText
    /// Whether to keep ``SentenceBreak/notes``.
    let explain: Bool
    private(set) var breaks: [SentenceBreak] = []
    private var sentenceStart = 0
    private var scanStart = 0
    private var notes: [SentenceBreak.Note] = []
    // The rule set's parts, held here so that each boundary reads them without going through the set.
    private let joining: [any SentenceRule]
    private let splitting: [any SentenceRule]
    private let closing: ClosingPunctuationRule

    /// Units per sentence that `breaks` is first reserved for: fewer than in most sentences, so
    /// that it seldom grows.
    static let reservedUnitsPerSentence = 128

    init(rules: SentenceRuleSet, text: SentenceText, explain: Bool) {
        joining = rules.joining
        splitting = rules.splitting
        closing = rules.closing
        self.text = text
        self.explain = explain
        breaks.reserveCapacity(text.count / Self.reservedUnitsPerSentence + 1)
    }

    /// Takes ICU's next boundary and the status of the rule that made it.
    mutating func addICUBoundary(_ boundary: Int, status: Int32) {
        // A boundary inside closing punctuation already taken into the last sentence is gone.
        guard boundary > sentenceStart else { return }
        let candidate = BoundaryCandidate(icuBoundary: boundary, in: text, sentenceStart: sentenceStart)
        if !splitting.isEmpty {
            findMissedBoundaries(before: candidate?.terminator.lowerBound ?? boundary)
        }
        defer { scanStart = max(scanStart, boundary) }
        guard let candidate, !candidate.crossesLine, candidate.next < text.count else {
            end(at: candidate?.contentEnd ?? boundary, cause: .icu(status: status), candidate: candidate)
            return
        }
        if let decision = SentenceRuleSet.firstVerdict(of: joining, on: candidate), decision.verdict == .join {
            if explain {
                let shown = candidate.wordBefore.range.lowerBound..<candidate.contentEnd
                notes.append(.removed(offset: boundary, rule: decision.rule, text: shown))
            }
            return
        }
        end(at: candidate.contentEnd, cause: .icu(status: status), candidate: candidate)
    }

    /// Asks the splitting rules about every full stop from the last boundary up to `limit`.
    private mutating func findMissedBoundaries(before limit: Int) {
        var offset = max(scanStart, sentenceStart)
        while offset < limit {
            let period = text.firstPeriod(in: offset..<limit)
            guard period < limit else { break }
            let candidate = BoundaryCandidate(terminatorAt: period, in: text, sentenceStart: sentenceStart, icuSplits: false)
            offset = max(candidate.terminator.upperBound, period + 1)
            guard candidate.next < limit, !candidate.crossesLine,
                let split = SentenceRuleSet.firstVerdict(of: splitting, on: candidate), split.verdict == .split,
                SentenceRuleSet.firstVerdict(of: joining, on: candidate)?.verdict != .join
            else { continue }
            end(at: candidate.contentEnd, cause: .rule(split.rule), candidate: candidate)
            offset = max(offset, sentenceStart)
        }
        scanStart = max(scanStart, limit)
    }

    /// Ends the sentence at `offset`, or after the closing punctuation that belongs to it.
    private mutating func end(at offset: Int, cause: SentenceBreak.Cause, candidate: BoundaryCandidate?) {
        var offset = offset
        if let candidate, let closingEnd = closing.closingEnd(of: candidate) {
            if explain { notes.append(.tookClosing(text: candidate.next..<closingEnd)) }
            offset = closingEnd
        }
        breaks.append(SentenceBreak(offset: offset, cause: cause, notes: notes))
        notes = []
        sentenceStart = offset
    }
}

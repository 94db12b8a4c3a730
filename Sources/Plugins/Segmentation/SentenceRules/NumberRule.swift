/// Joins at a full stop that belongs to a number: a list's enumerator at the
/// start of a sentence (`1. Preheat the oven`, `5. تاريخ التوزيع`), and a decimal
/// point between digits, whatever invisible marks surround it (`90.‏0`, `3.5`).
struct NumberRule: SentenceRule {
    static let name = "number"

    /// The longest enumerator, in digits.
    static let enumeratorDigits = 3

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        guard candidate.isSinglePeriod, let before = candidate.characterBefore,
            CharacterClass.isDigit(before.value)
        else { return nil }
        if !candidate.isSpaced && candidate.following == .digit { return .join }
        return isEnumerator(candidate) && candidate.following != .end ? .join : nil
    }

    /// Whether the sentence so far is only a short number: `1`, `12`.
    private func isEnumerator(_ candidate: BoundaryCandidate) -> Bool {
        let text = candidate.text
        var digits = 0
        var offset = candidate.terminator.lowerBound
        while let c = text.visible(before: offset), c.start >= candidate.sentenceStart {
            if CharacterClass.isDigit(c.value) {
                digits += 1
                if digits > Self.enumeratorDigits { return false }
            } else if !CharacterClass.isWhiteSpace(c.value) {
                return false
            }
            offset = c.start
        }
        return digits > 0
    }
}

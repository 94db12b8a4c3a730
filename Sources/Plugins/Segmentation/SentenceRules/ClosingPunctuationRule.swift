/// Keeps closing quotes and brackets with the sentence they close.
///
/// As a rule, it joins after a quoted or bracketed terminator that a lowercase
/// word continues: `a big "Welcome!" to Darin`. Through ``closingEnd(of:)`` it
/// also moves into the sentence a closing quote or bracket that ICU put at the
/// start of the next one because a space came before it: `قال: "جملة. " وأضاف`,
/// `«جملة. » وأضاف`, when the sentence has an opening one left unmatched.
struct ClosingPunctuationRule: SentenceRule {
    static let name = "closing-punctuation"

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        candidate.hasClosers && candidate.isSpaced && candidate.following == .lowercase ? .join : nil
    }

    /// Where the sentence ends once it takes the closing quotes and brackets that
    /// follow `candidate` after white space, or `nil` when none belongs to it.
    func closingEnd(of candidate: BoundaryCandidate) -> Int? {
        guard candidate.isSpaced, !candidate.crossesLine else { return nil }
        let text = candidate.text
        var end: Int?
        var offset = candidate.next
        while offset < text.count {
            let c = text.character(at: offset)
            if CharacterClass.isInvisible(c.value) {
                offset = c.end
                continue
            }
            guard let opening = CharacterClass.opening(for: c.value),
                isUnmatched(c.value, opening: opening, before: candidate.terminator.lowerBound, in: candidate)
            else { break }
            end = c.end
            offset = c.end
        }
        // The closers must end there: white space, a terminator or the text's end follows.
        guard let end else { return nil }
        guard let after = text.visible(from: end) else { return end }
        return CharacterClass.isWhiteSpace(after.value) || CharacterClass.isTerminator(after.value) ? end : nil
    }

    /// Whether the sentence, up to `limit`, opens `opening` more often than it closes `closing`.
    private func isUnmatched(_ closing: Int32, opening: Int32, before limit: Int, in candidate: BoundaryCandidate) -> Bool {
        let text = candidate.text
        var depth = 0
        var offset = candidate.sentenceStart
        while offset < limit {
            let c = text.character(at: offset)
            offset = c.end
            if opening == closing {
                if c.value == opening { depth ^= 1 }
            } else if c.value == opening {
                depth += 1
            } else if c.value == closing, depth > 0 {
                depth -= 1
            }
        }
        return depth > 0
    }
}

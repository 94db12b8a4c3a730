/// Keeps closing quotes and brackets with the sentence they close.
///
/// As a rule, it joins after a quoted or bracketed terminator that a lowercase
/// word continues: `a big "Welcome!" to Darin`. Through ``closingEnd(of:)`` it
/// also moves into the sentence a closing quote or bracket that ICU put at the
/// start of the next one because a space came before it: `قال: "جملة. " وأضاف`,
/// `«جملة. » وأضاف`, when the sentence left an opening one unmatched.
struct ClosingPunctuationRule: SentenceRule {
    static let name = "closing-punctuation"

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        candidate.hasClosers && candidate.isSpaced && candidate.following == .lowercase ? .join : nil
    }

    /// Where the sentence ends once it takes the closing quotes or brackets that
    /// follow `candidate` after white space, or `nil` when none belongs to it: as
    /// many of the same closer as the sentence left open, followed by white space,
    /// a terminator or the text's end.
    func closingEnd(of candidate: BoundaryCandidate) -> Int? {
        guard candidate.isSpaced, !candidate.crossesLine, let first = candidate.text.visible(from: candidate.next),
            let opening = CharacterClass.opening(for: first.value)
        else { return nil }
        let text = candidate.text
        var open = unmatched(first.value, opening: opening, in: candidate)
        var end: Int?
        var offset = first.start
        while open > 0, let c = text.visible(from: offset), c.value == first.value {
            end = c.end
            offset = c.end
            open -= 1
        }
        guard let end else { return nil }
        guard let after = text.visible(from: end) else { return end }
        return CharacterClass.isWhiteSpace(after.value) || CharacterClass.isTerminator(after.value) ? end : nil
    }

    /// How many `opening` characters the sentence leaves without their `closing` one, up to the terminator.
    private func unmatched(_ closing: Int32, opening: Int32, in candidate: BoundaryCandidate) -> Int {
        let text = candidate.text
        var depth = 0
        var offset = candidate.sentenceStart
        while offset < candidate.terminator.lowerBound {
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
        return depth
    }
}

/// Joins after initials and dotted acronyms: `Jennifer M. Anderson`, `A. Noel`,
/// `J.M. Huber`, `U.S. Department`, `ق.م`, `سيسيل ب. ديميل`, `بي. بي. سي`.
///
/// A single letter or a dotted acronym before the full stop joins a lowercase
/// word, a number or punctuation. Before a capitalised word it joins unless the
/// word usually opens a sentence (`The`, `I`, `However`: ``SentenceConventions/sentenceStarters``).
/// A single letter in a script without case (Arabic) always joins what follows;
/// a letter written out (`بي`, `سي`) joins only the next letter of its acronym.
/// Right after a number, a letter is a unit and may end the sentence.
struct InitialRule: SentenceRule {
    static let name = "initial"
    let conventions: SentenceConventions

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        guard candidate.isSinglePeriod, !candidate.wordBefore.isEmpty, candidate.wordBeforeStandsAlone else { return nil }
        let isLetter = candidate.wordBefore.letters == 1
        let isAcronym = !isLetter && candidate.wordBefore.isDotted
        let word = candidate.wordBefore
        let isLetterName = conventions.letterNames.value(of: word.range, hash: word.hash, in: candidate.text) != nil
        guard isLetter || isAcronym || isLetterName else { return nil }
        if !candidate.isSpaced && candidate.following != .end { return .join }
        switch candidate.following {
        case .end: return nil
        case .lowercase, .digit, .other: return .join
        case .uppercase:
            if candidate.wordBeforeFollowsNumber { return nil }
            return conventions.sentenceStarters.contains(candidate.nextWord, in: candidate.text) ? .split : .join
        case .uncased:
            if candidate.wordBeforeFollowsNumber { return nil }
            if isLetter && !isLetterName { return .join }
            return continuesAcronym(candidate) ? .join : nil
        }
    }

    /// Whether the next word is another letter of the same acronym (`بي.` before `بي. سي`).
    private func continuesAcronym(_ candidate: BoundaryCandidate) -> Bool {
        let next = candidate.nextWord
        guard conventions.letterNames.contains(next, in: candidate.text) else { return false }
        return !conventions.ambiguousLetterNames.contains(next, in: candidate.text) || candidate.nextWordHasPeriod
    }
}

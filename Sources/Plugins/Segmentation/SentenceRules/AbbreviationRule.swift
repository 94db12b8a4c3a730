/// Joins after a known abbreviation: `Dr. Anderson`, `د. محمد`, `e.g. the`, `Sept. 11`, `Inc. (713)`.
///
/// An abbreviation that `continues` joins whatever follows on its line. One that
/// `may-end` (`etc.`, `Inc.`, `2015 م.`) joins only a continuation: a lowercase
/// word, a number or punctuation; before a capitalised word, or any word in a
/// script without case, it ends the sentence. Right after a number an
/// abbreviation is a unit or an era (`10 a.m.`, `2015 م.`), so it may end.
struct AbbreviationRule: SentenceRule {
    static let name = "abbreviation"
    let abbreviations: AbbreviationList

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        guard candidate.isSinglePeriod, !candidate.wordBefore.isEmpty,
            var kind = abbreviations.kind(before: candidate)
        else { return nil }
        if candidate.wordBeforeFollowsNumber { kind = .mayEnd }
        switch candidate.following {
        case .end: return nil
        case .lowercase, .digit, .other: return .join
        case .uppercase, .uncased: return kind == .continues ? .join : .split
        }
    }
}

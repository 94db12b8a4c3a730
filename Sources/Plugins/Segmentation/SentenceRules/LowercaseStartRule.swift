/// Splits after a full stop that a lowercase word or a number follows, where
/// ICU does not (its rules read a lowercase word as a continuation): web text
/// often starts sentences in lowercase, `…if anyone is interested. jill allen finishes…`,
/// `…at Google this week. 2005 is going to rock!`.
///
/// Only for cased scripts (``SentenceConventions/findsMissedBoundaries``).
/// The joining rules are asked first, so `e.g. the`, `U.S. citizens`, `No. 5`
/// and `p. 12` stay whole.
struct LowercaseStartRule: SentenceRule {
    static let name = "lowercase-start"

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        guard candidate.isSinglePeriod, candidate.isSpaced,
            candidate.following == .lowercase || candidate.following == .digit,
            let before = candidate.characterBefore,
            CharacterClass.isLetter(before.value) || CharacterClass.isDigit(before.value)
                || CharacterClass.isClosing(before.value)
        else { return nil }
        return .split
    }
}

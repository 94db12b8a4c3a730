/// Joins at a terminator with no space after it, between a letter or digit and
/// a lowercase letter: a web address's query (`google.com/search?q=forensic`,
/// `article.ns?id=dn8293`), a name (`Yahoo!s`). ICU ends a sentence after any
/// `?` or `!`, but a sentence does not start glued to one in lowercase.
struct InsideWordRule: SentenceRule {
    static let name = "inside-word"

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        guard !candidate.isSpaced, !candidate.hasClosers, candidate.following == .lowercase,
            let before = candidate.characterBefore,
            CharacterClass.isLetter(before.value) || CharacterClass.isDigit(before.value)
        else { return nil }
        return .join
    }
}

/// Splits at a full stop with no space after it, between a lowercase word and a
/// capitalised one: `…of high quality.You'll also find…`, `…work wonders.Neither…`.
///
/// Only for cased scripts (``SentenceConventions/findsMissedBoundaries``). The
/// word before must be lowercase letters and the word after a capital followed
/// by lowercase letters, with no other full stop, slash or `@` in the run of
/// text, so names, file names, e-mail addresses and web addresses
/// (`Newsfeed.Com`, `Lisa_resume.doc`, `www.Google.com`) stay whole.
struct MissingSpaceRule: SentenceRule {
    static let name = "missing-space"

    /// The shortest word accepted before the full stop.
    static let minimumWordBefore = 2

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        guard candidate.isSinglePeriod, !candidate.isSpaced, !candidate.hasClosers,
            candidate.following == .uppercase, isLowercaseWord(candidate), isCapitalisedWord(candidate)
        else { return nil }
        return .split
    }

    /// Whether a lowercase word, alone in its run of text, ends at the full stop.
    private func isLowercaseWord(_ candidate: BoundaryCandidate) -> Bool {
        let text = candidate.text
        var letters = 0
        var offset = candidate.terminator.lowerBound
        while let c = text.visible(before: offset), c.start >= candidate.sentenceStart {
            if CharacterClass.isWhiteSpace(c.value) { break }
            guard CharacterClass.isLowercase(c.value) else { return false }
            letters += 1
            offset = c.start
        }
        return letters >= Self.minimumWordBefore
    }

    /// Whether a capital and lowercase letters follow, up to white space or punctuation other than `.`, `/`, `@`.
    private func isCapitalisedWord(_ candidate: BoundaryCandidate) -> Bool {
        let text = candidate.text
        var offset = candidate.next
        var letters = 0
        while let c = text.visible(from: offset) {
            if CharacterClass.isWhiteSpace(c.value) { break }
            if c.value == 0x2E || c.value == 0x2F || c.value == 0x40 { return false }
            if letters > 0, CharacterClass.isLetter(c.value), !CharacterClass.isLowercase(c.value) { return false }
            if CharacterClass.isLetter(c.value) { letters += 1 }
            offset = c.end
        }
        return letters >= 2
    }
}

/// Joins after an ellipsis that the sentence goes on from: `مجموعة كبيرة من الناس... عرفوا`,
/// `Nice people... and more`, and an ellipsis that opens a line (`...Now comes the fun part`).
///
/// An ellipsis before a lowercase word, a number, or a word in a script without
/// case (Arabic) joins; before a capitalised word ICU's boundary stands.
struct EllipsisRule: SentenceRule {
    static let name = "ellipsis"

    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict? {
        guard candidate.isEllipsis, candidate.following != .end else { return nil }
        if opensSentence(candidate) { return .join }
        switch candidate.following {
        case .lowercase, .uncased, .digit: return .join
        case .uppercase, .other, .end: return nil
        }
    }

    /// Whether nothing but white space and punctuation comes before the ellipsis in its sentence.
    private func opensSentence(_ candidate: BoundaryCandidate) -> Bool {
        var offset = candidate.terminator.lowerBound
        while let c = candidate.text.visible(before: offset), c.start >= candidate.sentenceStart {
            if CharacterClass.isLetter(c.value) || CharacterClass.isDigit(c.value) { return false }
            offset = c.start
        }
        return true
    }
}

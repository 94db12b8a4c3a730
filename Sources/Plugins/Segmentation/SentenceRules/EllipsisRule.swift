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

    /// Whether only white space and opening quotes or brackets come before the ellipsis in its sentence.
    private func opensSentence(_ candidate: BoundaryCandidate) -> Bool {
        var offset = candidate.terminator.lowerBound
        while let c = candidate.text.visible(before: offset), c.start >= candidate.sentenceStart {
            guard CharacterClass.isWhiteSpace(c.value) || CharacterClass.isOpening(c.value) else { return false }
            offset = c.start
        }
        return true
    }
}

/// What a rule decides about a ``BoundaryCandidate``.
enum SentenceVerdict: Equatable {
    /// The sentence goes on past the candidate.
    case join
    /// The sentence ends at the candidate.
    case split
}

/// One small rule over ICU's sentence boundaries.
///
/// A rule looks at one candidate and either decides (``SentenceVerdict``) or
/// has nothing to say (`nil`), in which case the next rule, and finally ICU,
/// decides. Joining rules remove boundaries ICU found (`Dr. Smith`);
/// splitting rules add boundaries ICU missed (`…is interested. jill allen…`).
protocol SentenceRule: Sendable {
    /// The rule's name, as `explain` reports it.
    static var name: String { get }
    /// The rule's decision about `candidate`, or `nil` when it has none.
    func verdict(on candidate: BoundaryCandidate) -> SentenceVerdict?
}

/// The rules for one language, in the order they are asked. A class, so that
/// each document's ``SentenceBreaker`` shares it without copying its lists.
final class SentenceRuleSet: Sendable {
    /// Rules that may remove an ICU boundary, or veto a split; the first with a verdict decides.
    let joining: [any SentenceRule]
    /// Rules that may add a boundary ICU missed, at a full stop where ICU found none.
    let splitting: [any SentenceRule]
    /// Moves closing quotes and brackets back into the sentence they close.
    let closing = ClosingPunctuationRule()

    init(conventions: SentenceConventions) {
        joining = [
            NumberRule(), AbbreviationRule(abbreviations: conventions.abbreviations), InitialRule(conventions: conventions),
            EllipsisRule(), ClosingPunctuationRule(), InsideWordRule(),
        ]
        splitting = conventions.findsMissedBoundaries ? [LowercaseStartRule(), MissingSpaceRule()] : []
    }

    /// The first verdict among `rules` on `candidate`, with the rule that gave it.
    static func firstVerdict(
        of rules: [any SentenceRule], on candidate: BoundaryCandidate
    ) -> (verdict: SentenceVerdict, rule: any SentenceRule.Type)? {
        for index in rules.indices {
            if let verdict = rules[index].verdict(on: candidate) { return (verdict, type(of: rules[index])) }
        }
        return nil
    }
}

/// A rule set for each language the stage may meet, made once when the stage is configured.
struct SentenceRuleSets: Sendable {
    private let english: SentenceRuleSet
    private let arabic: SentenceRuleSet
    private let unknown: SentenceRuleSet
    private let generic: SentenceRuleSet

    /// Rule sets for English, Arabic, text of unknown language and any other language, each with `user`'s abbreviations.
    init(adding user: AbbreviationList) {
        english = SentenceRuleSet(conventions: .forLanguage("en", adding: user))
        arabic = SentenceRuleSet(conventions: .forLanguage("ar", adding: user))
        unknown = SentenceRuleSet(conventions: .forLanguage("", adding: user))
        generic = SentenceRuleSet(conventions: .forLanguage("*", adding: user))
    }

    /// The rule set for an ICU locale (`ar`, `en_US`, `en@ss=standard`, or empty for ICU's root rules).
    func forLocale(_ locale: String) -> SentenceRuleSet {
        switch SentenceConventions.language(ofLocale: locale) {
        case "en": english
        case "ar": arabic
        case "": unknown
        default: generic
        }
    }
}

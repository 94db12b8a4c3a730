/// Builds a chain's stage list from a block of stage expressions.
///
/// ```swift
/// let chain = try Chain {
///     ParagraphSegmenter()
///     SentenceSegmenter(locale: "ar")
///     if wantTokens { Tokenizer() }
/// }
/// ```
@resultBuilder
public enum ChainBuilder {
    public static func buildExpression(_ stage: any Stage) -> [any Stage] { [stage] }
    public static func buildExpression(_ stages: [any Stage]) -> [any Stage] { stages }
    public static func buildBlock(_ parts: [any Stage]...) -> [any Stage] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Stage]?) -> [any Stage] { part ?? [] }
    public static func buildEither(first part: [any Stage]) -> [any Stage] { part }
    public static func buildEither(second part: [any Stage]) -> [any Stage] { part }
    public static func buildArray(_ parts: [[any Stage]]) -> [any Stage] { parts.flatMap { $0 } }
}

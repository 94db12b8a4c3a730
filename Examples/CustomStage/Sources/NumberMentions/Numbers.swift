import Toolkit

/// The `numbers` layer: every number, percentage, amount of money, date, year
/// and time of day a document mentions, in text order.
///
/// The key type is what Swift code reads (`document[Numbers.self]`); the name
/// is what JSON output and chain files use.
public enum Numbers: Layer {
    public typealias Value = [NumberMention]
    public static let name = "numbers"
}

/// A typed key for one kind of annotation on a document.
///
/// A layer is a type with a name (what JSON output and chain files use) and a
/// value type. `document[Sentences.self]` is a `[Sentence]`, not `Any`.
/// A user's layer is declared exactly like a built-in one:
///
/// ```swift
/// enum Numbers: Layer {
///     typealias Value = [NumberMention]
///     static let name = "numbers"
/// }
/// ```
///
/// Value types that also conform to ``JSONWritable`` are written by the
/// toolkit's fast JSON writer; any other `Codable` value goes through
/// `JSONEncoder`.
public protocol Layer: Sendable {
    associatedtype Value: Codable & Sendable
    /// The layer's name in JSON output and chain files, e.g. `"sentences"`.
    static var name: String { get }
}

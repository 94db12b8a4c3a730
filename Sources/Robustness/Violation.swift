/// A broken invariant: the layer it concerns and what is wrong, with the offending span's text.
public struct Violation: Sendable, CustomStringConvertible {
    public let layer: String
    public let message: String

    public init(_ layer: String, _ message: String) {
        self.layer = layer
        self.message = message
    }

    public var description: String { "\(layer): \(message)" }
}

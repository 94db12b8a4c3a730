import Foundation

/// A text to analyse and the annotation layers stages add to it.
///
/// The text is never modified: every analysis is a stand-off layer of spans
/// over it. The document's ``TextView`` (UTF-16 for ICU, offset maps) is built
/// once and shared by every stage.
public struct Document: Sendable {
    /// The document's identifier: a file name without extension, or the `id` of a JSONL record.
    public let id: String
    /// The text, exactly as read.
    public var text: String { view.text }
    /// A BCP 47 language code (`ar`, `en`) when the input said so, else `nil`.
    public var language: String?
    /// Fields of the input record other than `id`, `text` and `lang`, carried through to the output.
    public var meta: [String: JSONValue]
    /// The text's UTF-16 code units and offset maps.
    public let view: TextView

    private var layers: [String: any Codable & Sendable] = [:]
    /// Layer names in the order they were added.
    public private(set) var layerNames: [String] = []

    public init(id: String, text: String, language: String? = nil, meta: [String: JSONValue] = [:]) {
        self.id = id
        self.language = language
        self.meta = meta
        self.view = TextView(text)
        // Room for the layers of a long chain, so that adding them does not regrow and rehash the table.
        layers.reserveCapacity(Self.expectedLayers)
        layerNames.reserveCapacity(Self.expectedLayers)
    }

    /// The number of layers that room is made for at first.
    private static let expectedLayers = 8

    /// The value of a layer, or `nil` when no stage has produced it.
    public subscript<L: Layer>(layer: L.Type) -> L.Value? {
        get { layers[L.name] as? L.Value }
        set {
            if let newValue {
                if layers.updateValue(newValue, forKey: L.name) == nil { layerNames.append(L.name) }
            } else if layers.removeValue(forKey: L.name) != nil {
                layerNames.removeAll { $0 == L.name }
            }
        }
    }

    /// Whether a layer with this name is present.
    public func hasLayer(named name: String) -> Bool { layers[name] != nil }

    /// A layer's value by name, for output and generic tools.
    public func layerValue(named name: String) -> (any Codable & Sendable)? { layers[name] }

    /// The text a span covers.
    public subscript(span: Span) -> Substring {
        let utf8 = text.utf8
        let range = view.utf8Range(span)
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }

    /// The number of code points in the text; every span lies within `0...scalarCount`.
    public var scalarCount: Int { view.scalarCount }
}

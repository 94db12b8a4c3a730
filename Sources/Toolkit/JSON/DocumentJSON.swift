extension Document: JSONWritable {
    /// Writes `{"id", "text", "lang"?, "meta", "layers": {name: value}}`, layers in the order they were added.
    ///
    /// Spans are code point offsets, end exclusive: `text[start:end]` in Python is the span's text.
    public func writeJSON(to writer: inout JSONWriter) {
        try! writeJSON(to: &writer, layers: nil)
    }

    /// Writes the document with only the named layers (all when `layers` is `nil`), and any extra
    /// top-level members (such as `provenance`) after them.
    public func writeJSON(
        to writer: inout JSONWriter, layers selected: Set<String>?, extras: [(name: String, value: JSONValue)] = []
    ) throws {
        writer.beginObject()
        writer.key("id")
        writer.value(id)
        writer.key("text")
        writer.value(text)
        if let language {
            writer.key("lang")
            writer.value(language)
        }
        writer.key("meta")
        writer.value(JSONValue.object(meta))
        writer.key("layers")
        writer.beginObject()
        for name in layerNames where selected?.contains(name) ?? true {
            writer.key(name)
            try writer.value(layerValue(named: name)!)
        }
        writer.endObject()
        for extra in extras {
            writer.key(extra.name)
            writer.value(extra.value)
        }
        writer.endObject()
    }

    /// The document as compact JSON.
    public func jsonString() -> String {
        var writer = JSONWriter()
        writeJSON(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

import Toolkit

/// One document rendered for output, with the size of its text for progress.
struct RenderedDocument: Sendable {
    let bytes: [UInt8]
    let inputBytes: Int
    /// For HTML, the document itself: its section is rendered in input order, where its number is known.
    var document: Document? = nil
}

/// Renders documents for `toolkit run` on the worker threads.
struct DocumentWriter: Sendable {
    let format: OutputFormat
    let layers: Set<String>?
    /// Top-level members added to every JSON document, such as `provenance`.
    let extras: [(name: String, value: JSONValue)]
    /// Whether text output wraps pieces of text in bidi isolates (when writing to a terminal).
    let isolateText: Bool

    /// The bytes of one document, or the failure to report in its place.
    @Sendable func render(_ result: Result<Document, DocumentFailure>) -> Result<RenderedDocument, DocumentFailure> {
        result.flatMap { document in
            switch format {
            case .html:
                return .success(RenderedDocument(bytes: [], inputBytes: document.view.utf8Count, document: document))
            case .text:
                return .success(RenderedDocument(bytes: Array(TextListing.render(document, isolateLines: isolateText).utf8), inputBytes: document.view.utf8Count))
            case .json, .jsonl:
                // Room for the usual output, several times the text (tokens are most of it), so that the
                // buffer seldom grows: growing copies all that was written. Large documents start at
                // three times, so a document of hundreds of MB does not reserve gigabytes at once.
                let textBytes = document.view.utf8Count
                var writer = JSONWriter(capacity: textBytes <= 1 << 20 ? textBytes * 8 : textBytes * 3)
                do {
                    try document.writeJSON(to: &writer, layers: layers, extras: extras)
                } catch {
                    return .failure(DocumentFailure(documentID: document.id, message: "cannot write as JSON: \(error)"))
                }
                return .success(RenderedDocument(bytes: writer.takeBytes(), inputBytes: document.view.utf8Count))
            }
        }
    }

    /// A failed document as one JSON line: `{"origin", "id", "stage", "error"}`.
    static func errorLine(_ failure: DocumentFailure) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("origin")
        if let origin = failure.origin { writer.value(origin) } else { writer.null() }
        writer.key("id")
        if let id = failure.documentID { writer.value(id) } else { writer.null() }
        writer.key("stage")
        if let stage = failure.stage { writer.value(stage) } else { writer.null() }
        writer.key("error")
        writer.value(failure.message)
        writer.endObject()
        return writer.bytes + [UInt8(ascii: "\n")]
    }
}

/// What goes around and between rendered documents: one JSON object for a
/// single document, an array for several, a line each for JSONL, one page for HTML.
///
/// For `json` the first document is held back until a second one shows
/// whether the output is an object or an array; after that, output streams.
/// HTML streams from the first document on (``HTMLPage``).
struct OutputFraming {
    let format: OutputFormat
    private(set) var count = 0
    private var held: [UInt8]?
    /// For HTML, the ids of the documents written, for the page's list at the end.
    private var htmlIDs: [String] = []

    init(format: OutputFormat) {
        self.format = format
    }

    mutating func add(_ rendered: RenderedDocument, to sink: OutputSink) throws {
        defer { count += 1 }
        let document = rendered.bytes
        switch format {
        case .html:
            if count == 0 { try sink.write(HTMLPage.head) }
            if let analysed = rendered.document {
                htmlIDs.append(analysed.id)
                try sink.write(HTMLDocumentSection(document: analysed, number: count + 1).render())
            }
        case .text:
            try sink.write(document)
        case .jsonl:
            try sink.write(document)
            try sink.write([UInt8(ascii: "\n")])
        case .json:
            if count == 0 {
                held = document
                return
            }
            if let first = held {
                try sink.write(Array("[\n".utf8))
                try sink.write(first)
                held = nil
            }
            try sink.write(Array(",\n".utf8))
            try sink.write(document)
        }
    }

    mutating func finish(_ sink: OutputSink) throws {
        if format == .html {
            if count == 0 { try sink.write(HTMLPage.head) }
            try sink.write(HTMLPage.tail(ids: htmlIDs))
        }
        guard format == .json else { return }
        switch count {
        case 0: try sink.write(Array("[]\n".utf8))
        case 1: try sink.write(held! + [UInt8(ascii: "\n")])
        default: try sink.write(Array("\n]\n".utf8))
        }
    }
}

/// A document still to be read: its origin, and the work that makes it.
///
/// Readers yield sources instead of documents so that decoding (JSON parsing,
/// UTF-8 checks, building the text view) happens on the chain's worker
/// threads, not on the thread that reads the input.
public struct DocumentSource: Sendable {
    /// Where the document comes from, for error messages: `file.txt`, `corpus.jsonl:12`.
    public let origin: String
    /// The JSONL line the document is decoded from, when it comes from one, so that the line can
    /// be handed to another process as it is (see ``DocumentReader/record(_:origin:lineNumber:)``).
    public let jsonlLine: JSONLLine?
    private let load: @Sendable () throws(DocumentFailure) -> Document

    public init(
        origin: String, jsonlLine: JSONLLine? = nil, load: @escaping @Sendable () throws(DocumentFailure) -> Document
    ) {
        self.origin = origin
        self.jsonlLine = jsonlLine
        self.load = load
    }

    /// One line of a JSONL input, without its line end.
    public struct JSONLLine: Sendable {
        public let bytes: [UInt8]
        /// The line's number in its input, from 1.
        public let number: Int

        public init(bytes: [UInt8], number: Int) {
            self.bytes = bytes
            self.number = number
        }
    }

    /// A document already in memory.
    public static func document(_ document: Document) -> DocumentSource {
        DocumentSource(origin: document.id) { document }
    }

    /// An input that could not even be split into a document; it is reported in its place in the output order.
    public static func failure(_ failure: DocumentFailure) -> DocumentSource {
        DocumentSource(origin: failure.origin ?? "") { () throws(DocumentFailure) -> Document in throw failure }
    }

    /// Makes the document; a failure names this source's origin.
    public func makeDocument() throws(DocumentFailure) -> Document {
        do {
            return try load()
        } catch {
            var failure = error
            if failure.origin == nil { failure.origin = origin }
            throw failure
        }
    }
}

/// What goes around and between rendered documents: one JSON object for a
/// single document, an array for several, a line each for JSONL.
///
/// For `json` the first document is held back until a second one shows
/// whether the output is an object or an array; after that, output streams.
struct OutputFraming {
    let format: OutputFormat
    private(set) var count = 0
    private var held: [UInt8]?

    init(format: OutputFormat) {
        self.format = format
    }

    mutating func add(_ document: [UInt8], to sink: OutputSink) throws {
        defer { count += 1 }
        switch format {
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
        guard format == .json else { return }
        switch count {
        case 0: try sink.write(Array("[]\n".utf8))
        case 1: try sink.write(held! + [UInt8(ascii: "\n")])
        default: try sink.write(Array("\n]\n".utf8))
        }
    }
}

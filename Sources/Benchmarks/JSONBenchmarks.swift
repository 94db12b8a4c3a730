import Foundation
import Toolkit

/// Reading JSONL records into documents: the toolkit's parser against Foundation's decoders on
/// the same lines. Every contender makes the document (its UTF-16 view and offset maps) too.
func jsonBenchmarks(_ corpus: Corpus, rounds: Int) throws -> [Comparison] {
    /// The least Foundation can decode: the two fields every record has.
    struct Record: Decodable {
        let id: String
        let text: String
    }
    let reader = DocumentReader()
    let bytes = corpus.lines.reduce(0) { $0 + $1.count }
    let reading = try compare("reading JSONL records", bytes: bytes, rounds: rounds, [
        Contender(name: "`DocumentReader.record` (documents with their metadata)") {
            for (number, line) in corpus.lines.enumerated() {
                _ = try reader.record(line, origin: "corpus", lineNumber: number + 1)
            }
        },
        Contender(name: "`JSONDecoder` into a struct of `id` and `text`, then the document") {
            let decoder = JSONDecoder()
            for line in corpus.lines {
                let record = try decoder.decode(Record.self, from: Data(line))
                _ = Document(id: record.id, text: record.text)
            }
        },
        Contender(name: "`JSONDecoder` into `[String: JSONValue]`, then the document (the reader before)") {
            let decoder = JSONDecoder()
            for line in corpus.lines {
                let fields = try decoder.decode([String: JSONValue].self, from: Data(line))
                _ = Document(id: fields["id"]?.stringValue ?? "", text: fields["text"]?.stringValue ?? "")
            }
        },
    ])
    return [reading]
}

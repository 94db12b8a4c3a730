import Foundation

/// The benchmark text: the `text` of every record of a JSONL corpus, kept in memory.
struct Corpus {
    let texts: [String]
    let lines: [[UInt8]]
    var bytes: Int { texts.reduce(0) { $0 + $1.utf8.count } }

    init(path: String, limit: Int?) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("cannot read the corpus '\(path)'; pass --corpus FILE.jsonl")
        }
        var texts: [String] = []
        var lines: [[UInt8]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            guard let text = object?["text"] as? String else { continue }
            texts.append(text)
            lines.append(Array(line))
            if let limit, texts.count >= limit { break }
        }
        self.texts = texts
        self.lines = lines
    }

    /// One document of about `megabytes` MB, made by repeating the corpus.
    func singleDocument(megabytes: Int) -> String {
        var text = ""
        text.reserveCapacity(megabytes << 20)
        var index = 0
        while text.utf8.count < megabytes * 1_000_000 {
            text += texts[index % texts.count]
            text += "\n\n"
            index += 1
        }
        return text
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import Foundation
import Toolkit

/// The benchmark text: the `text` of every record of a JSONL corpus, kept in memory.
struct Corpus {
    let texts: [String]
    let lines: [[UInt8]]
    var bytes: Int { texts.reduce(0) { $0 + $1.utf8.count } }

    /// The corpus at `path`; `option` is the command-line option that names it, for the error when it cannot be read.
    init(path: String, limit: Int?, option: String = "--corpus") throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("cannot read the corpus '\(path)'; pass \(option) FILE.jsonl")
        }
        var texts: [String] = []
        var lines: [[UInt8]] = []
        let reader = DocumentReader()
        for line in [UInt8](data).split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let record = Array(line)
            guard let document = try? reader.record(record, origin: path, lineNumber: lines.count + 1) else { continue }
            texts.append(document.text)
            lines.append(record)
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

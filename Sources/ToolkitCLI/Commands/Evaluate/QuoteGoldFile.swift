import Foundation
import QuoteDetection

/// One quote of a gold file or of a prediction, as the quote scorer compares them.
struct ScoredQuote {
    var kind: QuoteKind
    /// Content offsets in code points, end exclusive.
    var span: Range<Int>
    var speaker: String?
    var aliases: [String] = []
    var optional = false
    var flags: [String] = []
}

/// One annotated article of a quote gold file (`quotes-dev/dev.jsonl`, see its GUIDELINE.md).
struct QuoteGoldDocument {
    var id: String
    var text: String
    var language: String
    var quotes: [ScoredQuote]
}

/// A gold file that cannot be used, with the file and line at fault.
struct QuoteGoldError: Error, CustomStringConvertible {
    let description: String
}

/// Reads a quote gold file the way `score.py` does: one JSON object a line with `id`, `quotes` and either
/// `text` or a `corpus` (a JSONL of `{"id", "text"}` under the data root) whose text must match `sha1`.
enum QuoteGoldFile {
    /// Reads the file; `language` is that of rows without `lang` (else it is guessed from the corpus path or
    /// the script, as `score.py` does).
    static func read(_ path: String, dataRoot: String, language: String? = nil) throws -> [QuoteGoldDocument] {
        var corpora: [String: [String: String]] = [:]
        var documents: [QuoteGoldDocument] = []
        var seen = Set<String>()
        for (lineNumber, row) in try rows(of: path) {
            let place = "\(path):\(lineNumber)"
            guard let id = row["id"] as? String else {
                throw QuoteGoldError(description: "\(place): missing string 'id'")
            }
            guard seen.insert(id).inserted else { throw QuoteGoldError(description: "\(place): duplicate id '\(id)'") }
            var text = row["text"] as? String
            let corpus = row["corpus"] as? String ?? ""
            if text == nil {
                guard !corpus.isEmpty else {
                    throw QuoteGoldError(description: "\(place): row '\(id)' has neither 'text' nor 'corpus'")
                }
                if corpora[corpus] == nil {
                    let corpusPath = URL(fileURLWithPath: dataRoot).appendingPathComponent(corpus).path
                    guard FileManager.default.fileExists(atPath: corpusPath) else {
                        throw QuoteGoldError(description: "\(place): corpus file not found: \(corpusPath)")
                    }
                    var texts: [String: String] = [:]
                    for (_, record) in try rows(of: corpusPath) {
                        if let recordID = record["id"] as? String { texts[recordID] = record["text"] as? String }
                    }
                    corpora[corpus] = texts
                }
                text = corpora[corpus]?[id]
                guard text != nil else {
                    throw QuoteGoldError(description: "\(place): id '\(id)' not in corpus \(corpus)")
                }
            }
            let body = text!
            if let sha1 = row["sha1"] as? String, !sha1.isEmpty, SHA1.hex(Array(body.utf8)) != sha1 {
                throw QuoteGoldError(description: "\(place): text of '\(id)' does not match its sha1 (corpus changed?)")
            }
            let length = body.unicodeScalars.count
            let quotes = try (row["quotes"] as? [Any] ?? []).enumerated().map { number, value in
                try quote(value, length: length, place: "\(place) quote \(number)", gold: true)
            }
            let rowLanguage = row["lang"] as? String ?? language ?? guessLanguage(corpus: corpus, text: body)
            documents.append(QuoteGoldDocument(id: id, text: body, language: rowLanguage, quotes: quotes))
        }
        return documents
    }

    /// Checks one quote object as `score.py` does.
    static func quote(_ value: Any, length: Int, place: String, gold: Bool) throws -> ScoredQuote {
        guard let object = value as? [String: Any] else {
            throw QuoteGoldError(description: "\(place): a quote must be an object")
        }
        let kindName = object["kind"] as? String ?? "direct"
        guard let kind = QuoteKind(rawValue: kindName) else {
            throw QuoteGoldError(description: "\(place): kind must be one of direct, term, got '\(kindName)'")
        }
        guard let span = offsets(object["content"], length: length) else {
            throw QuoteGoldError(
                description: "\(place): content must be [start, end] inside the text (length \(length))")
        }
        let speaker = object["speaker"]
        guard speaker == nil || speaker is NSNull || speaker is String else {
            throw QuoteGoldError(description: "\(place): speaker must be a string or null")
        }
        var scored = ScoredQuote(kind: kind, span: span, speaker: speaker as? String)
        guard gold else { return scored }
        for field in ["marks", "speaker_span", "cue_span"] where object[field] != nil && !(object[field] is NSNull) {
            guard offsets(object[field], length: length) != nil else {
                throw QuoteGoldError(description: "\(place): \(field) must be [start, end] inside the text")
            }
        }
        scored.aliases = object["speaker_aliases"] as? [String] ?? []
        scored.optional = object["optional"] as? Bool ?? false
        scored.flags = object["flags"] as? [String] ?? []
        return scored
    }

    /// `[start, end]` within `0...length`, else `nil`.
    private static func offsets(_ value: Any?, length: Int) -> Range<Int>? {
        guard let pair = value as? [Any], pair.count == 2, let start = integer(pair[0]), let end = integer(pair[1]),
            0 <= start, start <= end, end <= length
        else { return nil }
        return start..<end
    }

    private static func integer(_ value: Any) -> Int? {
        guard let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        return double == double.rounded() ? Int(double) : nil
    }

    /// `ar` or `en` from the corpus path, else Arabic when more than a tenth of the characters are Arabic.
    static func guessLanguage(corpus: String, text: String) -> String {
        if corpus.contains("-ar") { return "ar" }
        if corpus.contains("-en") { return "en" }
        let arabic = text.unicodeScalars.filter { (0x0600...0x06FF).contains($0.value) }.count
        return Double(arabic) > Double(text.unicodeScalars.count) / 10 ? "ar" : "en"
    }

    /// The JSON objects of a JSONL file with their line numbers; blank lines are skipped.
    static func rows(of path: String) throws -> [(Int, [String: Any])] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw QuoteGoldError(description: "cannot read '\(path)'")
        }
        var rows: [(Int, [String: Any])] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !$0.isASCIIWhiteSpace }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw QuoteGoldError(description: "\(path):\(index + 1): not a valid JSON object")
            }
            rows.append((index + 1, object))
        }
        return rows
    }
}

extension UInt8 {
    fileprivate var isASCIIWhiteSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}

/// SHA-1, to check a gold row's text against the `sha1` it was annotated on.
enum SHA1 {
    static func hex(_ message: [UInt8]) -> String {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var bytes = message
        bytes.append(0x80)
        while bytes.count % 64 != 56 { bytes.append(0) }
        let bits = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
        }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: bytes.count, by: 64) {
            for i in 0..<16 {
                w[i] = (0..<4).reduce(0) { $0 << 8 | UInt32(bytes[chunk + i * 4 + $1]) }
            }
            for i in 16..<80 {
                let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w[i] = x << 1 | x >> 31
            }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32) =
                    switch i {
                    case 0..<20: ((b & c) | (~b & d), 0x5A82_7999)
                    case 20..<40: (b ^ c ^ d, 0x6ED9_EBA1)
                    case 40..<60: ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                    default: (b ^ c ^ d, 0xCA62_C1D6)
                    }
                let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, b << 30 | b >> 2, a, temp)
            }
            h[0] &+= a
            h[1] &+= b
            h[2] &+= c
            h[3] &+= d
            h[4] &+= e
        }
        return h.map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}

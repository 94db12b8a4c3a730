import Foundation
import Testing
@testable import Toolkit

/// The JSONL line reader against a plain split, with lines crossing chunk boundaries.
struct LineReaderTests {
    private static let streams: [String] = [
        "", "\n", "\n\n", "a", "a\n", "a\r\n", "a\r", "\r\n\r\n", "\r\r\n", "ab\ncd", "ab\r\ncd\r\n",
        "x\n" + String(repeating: "y", count: 40) + "\nz", String(repeating: "long", count: 30) + "\r\n\n",
        "{\"id\": 1}\n{\"id\": 2}\r\n\n  \n{\"id\": 3}",
    ]

    /// What the reader must give: every line in order, `\n` or `\r\n` removed, with its number;
    /// a line over the limit as too long, with its length counting a `\r` before its `\n`.
    private func expected(_ stream: String, limit: Int) -> [String] {
        var lines = stream.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let endsWithNewline = lines.last?.isEmpty == true
        if endsWithNewline { lines.removeLast() }
        return lines.enumerated().map { index, line in
            if line.count > limit { return "\(index + 1): too long, \(line.count)" }
            let terminated = index < lines.count - 1 || endsWithNewline
            let content = terminated && line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            return "\(index + 1): \(String(decoding: content, as: UTF8.self))"
        }
    }

    private func withFile<T>(_ stream: String, _ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(stream.utf8).write(to: url)
        return try body(url)
    }

    private func read(_ url: URL, limit: Int, chunkSize: Int) throws -> [String] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return LineReader(handle: handle, maximumLength: limit, chunkSize: chunkSize).map { line in
            switch line {
            case .line(let number, let bytes): "\(number): \(String(decoding: bytes, as: UTF8.self))"
            case .tooLong(let number, let length): "\(number): too long, \(length)"
            case .unreadable(let number, _): "after \(number): unreadable"
            }
        }
    }

    @Test func everyLineComesOutOnceWhateverTheChunkSizeAndLimit() throws {
        for stream in Self.streams {
            try withFile(stream) { url in
                for chunkSize in [1, 2, 3, 5, 8, 1 << 20] {
                    for limit in [1, 2, 3, 7, 41, 1000] {
                        let lines = try read(url, limit: limit, chunkSize: chunkSize)
                        #expect(lines == expected(stream, limit: limit),
                                "stream \(stream.debugDescription), chunk \(chunkSize), limit \(limit)")
                    }
                }
            }
        }
    }

    /// A line is searched for its end once: with 512-byte chunks, a 1 MiB line was scanned again
    /// from its start after every chunk (2,048 times), quadratic in the line's length: minutes
    /// in a debug build, against a fraction of a second now (seconds under sanitizers).
    @Test func aLongLineIsReadInLinearTime() throws {
        let line = String(repeating: "x", count: 1 << 20)
        let started = ContinuousClock.now
        let lines = try withFile(line + "\nend") { try read($0, limit: 2 << 20, chunkSize: 512) }
        #expect(lines.map { $0.prefix(12) } == ["1: xxxxxxxxx", "2: end"])
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    /// A read that fails ended the stream as if the input were over, and the lines after it were lost unseen.
    @Test func aReadErrorEndsTheStreamAndSaysSo() throws {
        let folder = try #require(FileHandle(forReadingAtPath: FileManager.default.temporaryDirectory.path))
        defer { try? folder.close() }
        let lines = Array(LineReader(handle: folder, maximumLength: 100))
        guard lines.count == 1, case .unreadable(0, let error) = lines[0] else {
            Issue.record("expected one unreadable line, got \(lines)")
            return
        }
        #expect(!error.isEmpty)
    }
}

import Foundation
import Testing

/// `toolkit run --jobs 4` over a JSONL stream with bad lines scattered through it: every good
/// document comes out exactly once, in input order; every bad line is reported on standard
/// error and in `--errors FILE` with its line number; the exit status says some failed.
@Suite(.enabled(if: CommandRunner.isAvailable, "needs the toolkit executable built beside the tests"))
struct NothingLostTests {
    /// One kind of bad line each, and the start of the error it must give.
    private static let badLines: [(line: @Sendable (Int) -> [UInt8], error: String)] = [
        ({ _ in Array("{broken".utf8) }, "not a JSON object"),
        ({ Array(#"{"id": "bad-\#($0)"}"#.utf8) }, "the record has no 'text' field"),
        ({ Array(#"{"id": "bad-\#($0)", "text": 5}"#.utf8) }, "the record has a 'text' that is not a string"),
        ({ Array(#"{"id": "bad-\#($0)", "text": "x"#.utf8) + [0xFF] + Array(#"y"}"#.utf8) }, "not valid UTF-8 at byte "),
        ({ Array(#"{"id": "bad-\#($0)", "text": "x\ud800y"}"#.utf8) }, "a string holds an unpaired surrogate escape"),
        ({ Array(#"{"id": "bad-\#($0)", "text": "\#(String(repeating: "long ", count: 500))"}"#.utf8) }, "the line is"),
        ({ Array(#"{"id": "bad-\#($0)", "text": "\#(String(repeating: "big ", count: 400))"}"#.utf8) }, "the document is 1600 bytes"),
        ({ Array(#"{"id": ["bad-\#($0)"], "text": "x"}"#.utf8) }, "'id' must be a string or an integer, not a list"),
        ({ _ in Array("[1, 2, 3]".utf8) }, "not a JSON object"),
    ]

    /// From a file the threads read the lines in turn; from standard input (a pipe here) a thread of
    /// its own reads them: both must lose nothing.
    @Test(arguments: [false, true])
    func everyGoodDocumentComesOutOnceInOrderAndEveryBadLineIsListed(fromStandardInput: Bool) throws {
        var lines: [[UInt8]] = []
        var good: [String] = []
        var bad: [(number: Int, error: String)] = []
        for index in 0..<150 {
            if index % 7 == 3 { lines.append([]) }  // blank lines are skipped, not errors
            if index % 8 == 5 {
                let kind = Self.badLines[bad.count % Self.badLines.count]
                lines.append(kind.line(index))
                bad.append((lines.count, kind.error))
            } else {
                lines.append(Array(#"{"id": "doc-\#(index)", "text": "Sentence \#(index). جملة رقم \#(index)؟ 👍🏽", "n": \#(index)}"#.utf8))
                good.append("doc-\(index)")
            }
        }
        let stream = Data(lines.joined(separator: [UInt8(ascii: "\n")]))
        let input = try CommandRunner.temporaryFile("stream.jsonl", stream)
        defer { CommandRunner.removeFolder(of: input) }
        let errors = input + ".errors.jsonl"
        let options = [
            "run", "--chain", "segment", "--format", "jsonl", "--jobs", "4", "--errors", errors,
            "--max-line-bytes", "2000", "--max-document-bytes", "1500",
        ]
        let output = fromStandardInput
            ? try CommandRunner.run(options + ["--input-format", "jsonl", "-"], stdin: stream)
            : try CommandRunner.run(options + [input])
        let origin = fromStandardInput ? "stdin" : input

        #expect(output.status == 65)
        let documents = try output.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(documents.map { $0["id"] as? String } == good)
        #expect(documents.allSatisfy { ($0["layers"] as? [String: Any])?["sentences"] != nil })

        let reported = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(reported.map { $0["origin"] as? String } == bad.map { "\(origin):\($0.number)" })
        for (record, expected) in zip(reported, bad) {
            #expect((record["error"] as? String)?.hasPrefix(expected.error) == true, "line \(expected.number): \(record)")
            #expect(output.stderr.contains("\(origin):\(expected.number): "))
        }
        #expect(output.stderr.contains("\(bad.count) documents failed; \(good.count) written"))
    }

    /// Standard input was read to its end before its size was checked; now reading stops one byte past the limit.
    @Test func standardInputOverTheLimitIsRefused() throws {
        let output = try CommandRunner.run(
            ["run", "--chain", "segment", "--max-document-bytes", "100", "-"], stdin: Data(String(repeating: "word ", count: 1000).utf8))
        #expect(output.status == 65)
        #expect(output.stderr.contains("stdin: document 'stdin': the document is over the limit of 100 bytes (--max-document-bytes)"))
    }
}

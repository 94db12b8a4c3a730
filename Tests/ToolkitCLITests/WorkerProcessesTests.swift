import Foundation
import Testing
@testable import ToolkitCLI

/// `toolkit run --jobs N --workers processes`: documents analysed in worker processes give the
/// output threads give, and a worker that dies loses only the document it was analysing.
/// A document lost on the way would leave the run waiting for it, so the suite has a time limit.
@Suite(.enabled(if: CommandRunner.isAvailable, "needs the toolkit executable built beside the tests"), .timeLimit(.minutes(1)))
struct WorkerProcessesTests {
    /// 24 short Arabic and English documents, one with a `text` that is not a string, one line
    /// that is not JSON, and one that is not UTF-8.
    /// (Made afresh for each test: LeakSanitizer reports a `Data` held in a static.)
    private static var corpus: Data {
        var lines: [Data] = []
        for number in 0..<24 {
            let text = number.isMultiple(of: 2) ? "قال الوزير إن الجزائر تدعم الحوار رقم \(number). وأضاف أن «الوضع مستقر»." : "The minister said talks number \(number) would go on. \"It is calm,\" he added."
            let record: [String: Any] = ["id": "d\(number)", "text": text, "source": "fixture", "rank": Double(number) / 4]
            lines.append(try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
        }
        lines[5] = Data(#"{"id": "bad", "text": 5}"#.utf8)
        lines[9] = Data("not json".utf8)
        lines[14] = Data(#"{"id": "u", "text": "bad byte "#.utf8) + Data([0xFF]) + Data(#""}"#.utf8)
        return lines.reduce(Data()) { $0 + $1 + Data("\n".utf8) }
    }

    /// Runs `body` with the corpus written to a file of its own, removed afterwards.
    private func withCorpus(_ body: (_ path: String) throws -> Void) throws {
        let path = try CommandRunner.temporaryFile("corpus.jsonl", Self.corpus)
        defer { CommandRunner.removeFolder(of: path) }
        try body(path)
    }

    /// `toolkit run --quiet` with `arguments` on the corpus and the seed article.
    private func run(_ arguments: [String], on corpus: String, dieOn id: String? = nil) throws -> CommandRunner.Output {
        try CommandRunner.run(
            ["run", "--quiet"] + arguments + [corpus, CommandRunner.seedPath],
            environment: id.map { [WorkerCommand.dieOnDocumentVariable: $0] } ?? [:])
    }

    private func ids(inJSONL output: String) -> [String] {
        output.split(separator: "\n").map { line in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["id"] as! String
        }
    }

    @Test(arguments: [["--format", "jsonl"], ["--format", "text"], ["--format", "json", "--provenance", "--layers", "sentences,transliteration"]])
    func processesWriteWhatThreadsWrite(format: [String]) throws {
        try withCorpus { corpus in
            let threads = try run(["--chain", "romanize", "--jobs", "2", "--workers", "threads"] + format, on: corpus)
            let processes = try run(["--chain", "romanize", "--jobs", "2", "--workers", "processes"] + format, on: corpus)
            #expect(threads.status == 65)
            #expect(processes.status == 65)
            #expect(processes.stdout == threads.stdout)
            #expect(processes.stderr == threads.stderr)
            #expect(threads.stderr.contains("corpus.jsonl:10: not a JSON object"))
            #expect(threads.stdout.contains("000_ef7fff25dfa5f362"))
        }
    }

    @Test func aWorkerThatDiesFailsOnlyTheDocumentItWasAnalysing() throws {
        try withCorpus { corpus in
            let output = try run(
                ["--chain", "romanize", "--jobs", "2", "--workers", "processes", "--format", "jsonl"], on: corpus, dieOn: "d7")
            #expect(output.status == 65)
            #expect(output.stderr.contains("corpus.jsonl:8: the worker process analysing this document was killed by signal 9"))
            let expected = (0..<24).filter { ![5, 9, 14, 7].contains($0) }.map { "d\($0)" } + ["000_ef7fff25dfa5f362"]
            #expect(ids(inJSONL: output.stdout) == expected)
        }
    }

    /// Ten times the corpus, more documents than the run holds in flight (16 a job) and than the
    /// workers' windows (8 each): the reader waits for room, the senders for their windows to drain
    /// to half, and a worker that dies hands its other documents on. A wake-up missed on any of
    /// these paths leaves the run waiting, and it is killed after 30 seconds (it takes well under one).
    @Test(arguments: [2, 3])
    func manyDocumentsComeOutInOrderThroughTheWindowsAndTheRing(jobs: Int) throws {
        // Byte by byte, so that the line that is not UTF-8 stays so.
        let idStart = Data(#"{"id":"d"#.utf8)
        var copies = Data()
        for copy in 0..<10 {
            for line in Self.corpus.split(separator: UInt8(ascii: "\n")) {
                copies += line.starts(with: idStart) ? Data(#"{"id":"c\#(copy)d"#.utf8) + line.dropFirst(idStart.count) : line
                copies += Data("\n".utf8)
            }
        }
        let path = try CommandRunner.temporaryFile("corpus.jsonl", copies)
        defer { CommandRunner.removeFolder(of: path) }
        let output = try CommandRunner.run(
            ["run", "--quiet", "--chain", "romanize", "--jobs", "\(jobs)", "--workers", "processes", "--format", "jsonl",
             path, CommandRunner.seedPath],
            environment: [WorkerCommand.dieOnDocumentVariable: "c4d7"], timeLimit: 30)
        #expect(!output.timedOut)
        #expect(output.status == 65)
        #expect(output.stderr.contains("corpus.jsonl:104: the worker process analysing this document was killed by signal 9"))
        #expect(output.stderr.contains("corpus.jsonl:226: not a JSON object"))
        let good = (0..<24).filter { ![5, 9, 14].contains($0) }
        let expected = (0..<10).flatMap { copy in good.map { "c\(copy)d\($0)" } }.filter { $0 != "c4d7" }
        #expect(ids(inJSONL: output.stdout) == expected + ["000_ef7fff25dfa5f362"])
    }

    @Test func autoPicksProcessesOnlyForChainsWhoseStagesTakeAProcessWideLock() throws {
        // Only a worker process dies on "d7": with threads, the document is analysed as any other.
        try withCorpus { corpus in
            let transforming = try run(["--chain", "romanize", "--jobs", "2", "--format", "jsonl"], on: corpus, dieOn: "d7")
            #expect(!ids(inJSONL: transforming.stdout).contains("d7"))
            let segmenting = try run(["--chain", "segment", "--jobs", "2", "--format", "jsonl"], on: corpus, dieOn: "d7")
            #expect(ids(inJSONL: segmenting.stdout).contains("d7"))
            let oneJob = try run(["--chain", "romanize", "--jobs", "1", "--format", "jsonl"], on: corpus, dieOn: "d7")
            #expect(ids(inJSONL: oneJob.stdout).contains("d7"))
        }
    }

    @Test func htmlIsNotWrittenByWorkerProcesses() throws {
        try withCorpus { corpus in
            let output = try run(["--chain", "romanize", "--workers", "processes", "--format", "html"], on: corpus)
            #expect(output.status == 64)
            #expect(output.stderr.contains("--workers processes cannot write --format html"))
        }
    }
}

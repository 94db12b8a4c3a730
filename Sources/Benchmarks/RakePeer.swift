import Foundation

/// RAKE (the `multi-rake` Python package, the fastest keyword peer) run in a Python process of
/// its own beside the toolkit, so that its speed and ours are measured in the same rounds.
///
/// The process reads the texts once and then waits; each ``run()`` asks it to extract the keyphrases of
/// every text (at most three words, as ours) and waits for its answer, so a round times the extraction
/// alone, not Python's start-up or JSON reading. RAKE has no Arabic stop words of its own; it gets the
/// list that its own method for unknown languages generates, computed once over the whole corpus
/// rather than per text (per text, it first calls a language detector that fails on some articles).
final class RakePeer {
    private let process: Process
    private let requests: FileHandle
    private let answers: FileHandle

    /// Starts the peer on the JSONL `file`; the failure says why when `python3` or `multi-rake` is missing.
    static func start(jsonl file: URL) -> Result<RakePeer, BenchmarkError> {
        do {
            let peer = try RakePeer(jsonl: file)
            let greeting = peer.readLine()
            guard greeting == "ready" else {
                peer.stop()
                return .failure(BenchmarkError(greeting.isEmpty ? "python3 failed; see its error above" : greeting))
            }
            return .success(peer)
        } catch {
            return .failure(BenchmarkError("cannot start python3: \(error)"))
        }
    }

    private init(jsonl file: URL) throws {
        let requestPipe = Pipe()
        let answerPipe = Pipe()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, file.path]
        process.standardInput = requestPipe
        process.standardOutput = answerPipe
        requests = requestPipe.fileHandleForWriting
        answers = answerPipe.fileHandleForReading
        try process.run()
    }

    /// Extracts the keyphrases of every text once.
    func run() throws {
        requests.write(Data("run\n".utf8))
        let answer = readLine()
        guard answer == "done" else { throw BenchmarkError("the RAKE peer failed: \(answer)") }
    }

    /// Ends the Python process.
    func stop() {
        try? requests.close()
        process.waitUntilExit()
    }

    private func readLine() -> String {
        var line: [UInt8] = []
        while let byte = try? answers.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") {
            line.append(byte)
        }
        return String(decoding: line, as: UTF8.self)
    }

    private static let script = """
        import json, sys
        try:
            from multi_rake import Rake
        except ImportError:
            print("skipped: the Python package multi-rake is not installed (pip install multi-rake)", flush=True)
            sys.exit(0)
        with open(sys.argv[1], encoding="utf-8") as corpus:
            texts = [json.loads(line)["text"] for line in corpus if line.strip()]
        generator = Rake()
        rake = Rake(max_words=3, stopwords=generator._generate_stop_words(" ".join(texts).lower()))
        print("ready", flush=True)
        for request in sys.stdin:
            for text in texts:
                rake.apply(text)
            print("done", flush=True)
        """
}
